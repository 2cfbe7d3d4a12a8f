package io.jstress.pipeline;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The few facts every thread of a run shares: whether it must stop, why, and the count of completions the
 * completion ring could not take. Written rarely, read on the hot path as plain volatile loads.
 */
public final class RunControl
{
    public enum Reason
    {
        NONE, COMPLETED, DEADLINE, FAILED, INTERRUPTED
    }

    private volatile Reason stop = Reason.NONE;
    private final AtomicLong lostSamples = new AtomicLong();

    public boolean stopping()
    {
        return stop != Reason.NONE;
    }

    public Reason reason()
    {
        return stop;
    }

    /** The first reason wins: a failure after the deadline does not turn a timed run into a failed one. */
    public synchronized void stop(final Reason reason)
    {
        if (stop == Reason.NONE)
        {
            stop = reason;
        }
    }

    public void interrupt()
    {
        stop(Reason.INTERRUPTED);
    }

    void lostSample()
    {
        lostSamples.incrementAndGet();
    }

    public long lostSamples()
    {
        return lostSamples.get();
    }
}
