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

    /** @param errorsByClass indexed by Outcome ordinal */
    public static OpStats.Interval of(final Histogram st, final Histogram rt, final Histogram wt,
        final long partitions, final long rows, final long[] errorsByClass)
    {
        final OpStats.Interval interval = new OpStats.Interval();
        interval.st.add(st);
        interval.rt.add(rt);
        interval.wt.add(wt);
        interval.partitions = partitions;
        interval.rows = rows;
        for (final Outcome o : Outcome.ERRORS)
        {
            interval.errorsByClass[o.ordinal()] = errorsByClass[o.ordinal()];
            interval.errors += errorsByClass[o.ordinal()];
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
