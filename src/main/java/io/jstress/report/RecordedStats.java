package io.jstress.report;

import org.HdrHistogram.Histogram;

import java.util.Collection;

/**
 * Whole-run figures read back from files (jstress merge), as the Interval that the Results block and the JSON
 * summary print: the one place outside the stats thread that fills an Interval.
 */
public final class RecordedStats
{
    private RecordedStats()
    {
    }

    /** An op's counts as a JSON summary lists them; errorsByClass is indexed by Outcome ordinal. */
    public record Counts(long partitions, long rows, long retries, long cutOff, long notApplied, long[] errorsByClass)
    {
    }

    public static OpStats.Interval of(final Histogram st, final Histogram rt, final Histogram wt, final Counts counts)
    {
        final OpStats.Interval interval = new OpStats.Interval();
        interval.st.add(st);
        interval.rt.add(rt);
        interval.wt.add(wt);
        interval.partitions = counts.partitions();
        interval.rows = counts.rows();
        interval.retries = counts.retries();
        interval.cutOff = counts.cutOff();
        interval.notApplied = counts.notApplied();
        for (final Outcome o : Outcome.ERRORS)
        {
            interval.errorsByClass[o.ordinal()] = counts.errorsByClass()[o.ordinal()];
            interval.errors += counts.errorsByClass()[o.ordinal()];
        }
        return interval;
    }

    public static OpStats.Interval sum(final Collection<OpStats.Interval> parts)
    {
        final OpStats.Interval total = new OpStats.Interval();
        parts.forEach(total::add);
        return total;
    }
}
