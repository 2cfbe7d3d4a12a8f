package io.jstress.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a run ends once something stopped it (its deadline, a failure, a signal, a stable mean): no new op
 * starts; the ops in flight are waited for, up to the request timeout, and recorded with their real latencies;
 * whatever is still out after that is cut off and counted as such. A signal, or a failure under -errors
 * fail-fast, cuts off at once. Owned by the stats thread.
 */
final class Tail
{
    /** After the cut-off, how long cancelled ops get to come back before the rest are counted where they are. */
    private static final long CUT_GRACE_NS = TimeUnit.MILLISECONDS.toNanos(500);

    private final Drain drain;
    private final Pacer pacer;
    private final List<Dispatcher> dispatchers;
    private final Schedule schedule;
    private final long limit;
    private final long waitNs;
    private final boolean failFast;
    private long stopNs;
    private long waitUntilNs;
    private long cutAtNs;

    /**
     * @param schedule null for a closed loop, where no op is ever due
     * @param limit    the most ops the run may start (n=), Long.MAX_VALUE otherwise
     * @param waitNs   how long the ops in flight are waited for: the request timeout, and some slack
     */
    Tail(final Drain drain, final Pacer pacer, final List<Dispatcher> dispatchers, final Schedule schedule,
        final long limit, final long waitNs, final boolean failFast)
    {
        this.drain = drain;
        this.pacer = pacer;
        this.dispatchers = dispatchers;
        this.schedule = schedule;
        this.limit = limit;
        this.waitNs = waitNs;
        this.failFast = failFast;
    }

    boolean stopping()
    {
        return stopNs != 0;
    }

    /** When the run stopped: its deadline, or when the stop was seen. Valid once stopping. */
    long stopNs()
    {
        return stopNs;
    }

    /** @param atNs when the run stopped, for its report; nowNs is when the stop was seen */
    void begin(final RunControl.Reason reason, final long atNs, final long nowNs)
    {
        stopNs = atNs;
        final boolean cutNow = reason == RunControl.Reason.INTERRUPTED
            || (reason == RunControl.Reason.FAILED && failFast);
        waitUntilNs = cutNow ? nowNs : nowNs + waitNs;
        pacer.wake();
        for (final Dispatcher d : dispatchers)
        {
            d.wake();
        }
    }

    /**
     * Moves the end along: once the wait is over, cuts off every op still pending.
     *
     * @return whether the run can close: every op is back, or the cut-off ops have had their grace
     */
    boolean over(final long nowNs)
    {
        if (drain.drained())
        {
            return true;
        }
        if (cutAtNs == 0)
        {
            if (nowNs - waitUntilNs < 0)
            {
                return false;
            }
            cutAtNs = nowNs;
            for (final Dispatcher d : dispatchers)
            {
                d.pool().cancelPending();
            }
            return false;
        }
        return nowNs - cutAtNs >= CUT_GRACE_NS;
    }

    /** The contexts that never came back, even cut off: counted where they are when the run closes. */
    List<OpContext> stragglers()
    {
        final List<OpContext> out = new ArrayList<>();
        for (final Dispatcher d : dispatchers)
        {
            out.addAll(d.pool().out());
        }
        return out;
    }

    /**
     * Ops whose intended start had come by the time the run stopped but that were never sent (the loader was
     * behind its schedule, or the server held every permit): a count, since they have no latency to record.
     */
    long dueButNotSent(final long stoppedNs)
    {
        if (schedule == null)
        {
            return 0;
        }
        long handled = 0;
        for (final Dispatcher d : dispatchers)
        {
            handled += d.started() + d.skipped();
        }
        return Math.max(0, Math.min(limit, schedule.dueBy(stoppedNs - 1)) - handled);
    }
}
