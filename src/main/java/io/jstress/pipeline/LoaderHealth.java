package io.jstress.pipeline;

import com.lmax.disruptor.Sequence;

/**
 * How far behind its own schedule the loader is, and how many ops it has in flight, sampled by the stats
 * thread at each interval close. Op i is published at ring sequence i, so the next op to dispatch is the
 * slowest dispatcher's sequence + 1, and its lag is now minus that op's intended start.
 */
final class LoaderHealth
{
    /** Lag that grows for this many intervals in a row, with permits to spare, means the loader is the bottleneck. */
    private static final int GROWING_INTERVALS = 3;
    private static final long MIN_LAG_NS = 100_000_000L;

    private final Schedule schedule;
    private final long limit;
    private final long deadlineNs;
    private final Sequence[] dispatchers;
    private final ContextPool[] pools;
    private final long cap;
    private long previousLagNs;
    private int growing;
    private long maxLagNs;

    /**
     * @param schedule   null for a closed loop, which has no schedule to fall behind
     * @param limit      the run's last op index + 1 (n=), Long.MAX_VALUE otherwise
     * @param deadlineNs no op is due at or after this (duration=), Long.MAX_VALUE otherwise
     */
    LoaderHealth(final Schedule schedule, final long limit, final long deadlineNs, final Sequence[] dispatchers,
        final ContextPool[] pools, final long cap)
    {
        this.schedule = schedule;
        this.limit = limit;
        this.deadlineNs = deadlineNs;
        this.dispatchers = dispatchers;
        this.pools = pools;
        this.cap = cap;
    }

    long lagNs(final long nowNs)
    {
        if (schedule == null)
        {
            return 0;
        }
        long next = Long.MAX_VALUE;
        for (final Sequence s : dispatchers)
        {
            next = Math.min(next, s.get() + 1);
        }
        // past the last op of the run there is nothing left to be late for: the tail of an n= run is only the
        // last ops completing, and a timed run's deadline ends its schedule
        if (next >= limit || schedule.intendedNs(next) >= deadlineNs)
        {
            return 0;
        }
        return Math.max(0, nowNs - schedule.intendedNs(next));
    }

    long inFlight()
    {
        long n = 0;
        for (final ContextPool pool : pools)
        {
            n += pool.inFlight();
        }
        return n;
    }

    long cap()
    {
        return cap;
    }

    long maxLagNs()
    {
        return maxLagNs;
    }

    /**
     * Records one interval's sample.
     *
     * @return true when the lag has kept growing while fewer ops than the cap were in flight
     */
    boolean loaderBound(final long lagNs, final long inFlightNow)
    {
        maxLagNs = Math.max(maxLagNs, lagNs);
        growing = lagNs > previousLagNs && lagNs > MIN_LAG_NS && inFlightNow < cap ? growing + 1 : 0;
        previousLagNs = lagNs;
        return growing >= GROWING_INTERVALS;
    }
}
