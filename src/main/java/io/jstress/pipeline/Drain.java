package io.jstress.pipeline;

import com.lmax.disruptor.Sequence;

/**
 * Whether a run of n= ops has done all it will do: the pacer has published its last op, every dispatcher has
 * taken its share of them, and every op context is back in its pool, so each op sent has been recorded. This
 * holds however the ops ended, and whether the pacer stopped at n or when the budget of partitions ran out.
 */
final class Drain
{
    private final Pacer pacer;
    private final Sequence[] dispatchers;
    private final ContextPool[] pools;

    Drain(final Pacer pacer, final Sequence[] dispatchers, final ContextPool[] pools)
    {
        this.pacer = pacer;
        this.dispatchers = dispatchers;
        this.pools = pools;
    }

    /** Whether the pacer stopped because the run's budget was spent: n= partitions, or a no-wrap sequence's keys. */
    boolean exhausted()
    {
        return pacer.done() && pacer.budgetSpent();
    }

    boolean drained()
    {
        if (!pacer.done())
        {
            return false;
        }
        final long last = pacer.published() - 1;
        for (final Sequence s : dispatchers)
        {
            if (s.get() < last)
            {
                return false;
            }
        }
        for (final ContextPool pool : pools)
        {
            if (!pool.idle())
            {
                return false;
            }
        }
        return true;
    }
}
