package io.jstress.report;

import org.HdrHistogram.Histogram;

import java.util.Arrays;

/**
 * What one op type did, for the current interval and for the whole run. Owned by the single stats thread, so
 * recording is plain field updates into plain Histograms. The summary is the sum of the intervals, made with
 * Histogram.add at each close: the same figures a user gets by merging the HDR log.
 */
public final class OpStats
{
    private static final int DIGITS = 3;

    final Interval interval = new Interval();
    final Interval summary = new Interval();

    /** Counts and histograms over one span of time. */
    public static final class Interval
    {
        final Histogram st = new Histogram(DIGITS);
        final Histogram rt = new Histogram(DIGITS);
        final Histogram wt = new Histogram(DIGITS);
        long partitions;
        long rows;
        long errors;
        /** Lightweight transactions the server did not apply: successes, counted apart. */
        long notApplied;
        final long[] errorsByClass = new long[Outcome.values().length];
        long retries;
        long cutOff;

        void add(final Interval other)
        {
            st.add(other.st);
            rt.add(other.rt);
            wt.add(other.wt);
            partitions += other.partitions;
            rows += other.rows;
            errors += other.errors;
            notApplied += other.notApplied;
            retries += other.retries;
            cutOff += other.cutOff;
            for (int i = 0; i < errorsByClass.length; i++)
            {
                errorsByClass[i] += other.errorsByClass[i];
            }
        }

        void reset()
        {
            st.reset();
            rt.reset();
            wt.reset();
            partitions = 0;
            rows = 0;
            errors = 0;
            notApplied = 0;
            retries = 0;
            cutOff = 0;
            Arrays.fill(errorsByClass, 0);
        }

        /** Every op recorded, failed or not (st is recorded for all of them). */
        public long ops()
        {
            return st.getTotalCount();
        }

        public long partitions()
        {
            return partitions;
        }

        public long rows()
        {
            return rows;
        }

        public long errors()
        {
            return errors;
        }

        public long notApplied()
        {
            return notApplied;
        }

        public long errors(final Outcome outcome)
        {
            return errorsByClass[outcome.ordinal()];
        }

        /** Tries beyond the first, over every op that ended (recorded or cut off). */
        public long retries()
        {
            return retries;
        }

        /** Ops still in flight when the run ended: cut off, so neither a latency nor an error. */
        public long cutOff()
        {
            return cutOff;
        }

        public Histogram serviceTime()
        {
            return st;
        }

        public Histogram responseTime()
        {
            return rt;
        }

        public Histogram waitTime()
        {
            return wt;
        }

        /** The console's latency: response time for fixed=, service time otherwise (as cassandra-stress). */
        public Histogram latency(final boolean fixed)
        {
            return fixed && rt.getTotalCount() > 0 ? rt : st;
        }
    }

    /**
     * @param intendedNs the scheduled start, or 0 when the run has no schedule (then only st is recorded)
     * @param tries      how many times the op was sent
     */
    public void record(final long intendedNs, final long sentNs, final long doneNs, final int partitions,
        final int rows, final Outcome outcome, final int tries)
    {
        final Interval i = interval;
        i.retries += Math.max(0, tries - 1);
        i.st.recordValue(Math.max(0, doneNs - sentNs));
        if (intendedNs != 0)
        {
            i.rt.recordValue(Math.max(0, doneNs - intendedNs));
            i.wt.recordValue(Math.max(0, sentNs - intendedNs));
        }
        i.partitions += partitions;
        i.rows += rows;
        if (outcome.error())
        {
            i.errors++;
            i.errorsByClass[outcome.ordinal()]++;
        }
    }

    /** A lightweight transaction the server answered but did not apply. */
    public void notApplied()
    {
        interval.notApplied++;
    }

    /** An op still in flight when the run ended, after this many tries. */
    public void cutOff(final int tries)
    {
        interval.cutOff++;
        interval.retries += Math.max(0, tries - 1);
    }

    public Interval interval()
    {
        return interval;
    }

    public Interval summary()
    {
        return summary;
    }

    /** Folds the interval into the summary and starts a new one. */
    public void closeInterval()
    {
        summary.add(interval);
        interval.reset();
    }
}
