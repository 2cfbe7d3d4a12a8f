package io.jstress.pipeline;

import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;

import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A dispatcher's in-flight permits, embodied as its reusable op contexts: at most `threads` ops of one
 * dispatcher are in flight because there are only that many contexts. The dispatcher takes; the stats handler
 * (or, for a lost sample, a driver thread) gives back, and wakes the dispatcher if it was waiting. A dispatcher
 * that finds none free wakes the stats thread, which otherwise gives contexts back only once a tick. How many
 * are out is read off the free queue, so no counter is written per op.
 */
final class ContextPool
{
    /** Bounded so a dispatcher waiting on a stalled server still notices a stop promptly. */
    private static final long MAX_PARK_NS = TimeUnit.MILLISECONDS.toNanos(10);

    private final ManyToOneConcurrentArrayQueue<OpContext> free;
    private final OpContext[] all;
    private final ParkingWaitStrategy recorder;
    private volatile Thread waiter;

    /** @param recorder how the stats thread, which gives the contexts back, is woken */
    ContextPool(final int threads, final ParkingWaitStrategy recorder)
    {
        this.free = new ManyToOneConcurrentArrayQueue<>(threads);
        this.all = new OpContext[threads];
        this.recorder = recorder;
    }

    void add(final int i, final OpContext context)
    {
        all[i] = context;
        free.offer(context);
    }

    /** @return a free context, or null if none is free now */
    OpContext poll()
    {
        return free.poll();
    }

    /** @return a free context, or null when the run stops while waiting for one */
    OpContext acquire(final RunControl control)
    {
        OpContext context = free.poll();
        if (context == null)
        {
            recorder.wake();
        }
        while (context == null)
        {
            if (control.stopping())
            {
                return null;
            }
            waiter = Thread.currentThread();
            // StoreLoad: publish that we wait before the last look, so a release either sees us or we see it
            VarHandle.fullFence();
            context = free.poll();
            if (context == null)
            {
                LockSupport.parkNanos(this, MAX_PARK_NS);
            }
            waiter = null;
        }
        return context;
    }

    void release(final OpContext context)
    {
        free.offer(context);
        VarHandle.fullFence();
        final Thread w = waiter;
        if (w != null)
        {
            LockSupport.unpark(w);
        }
    }

    /** How many of this dispatcher's contexts are out: its ops generating, in flight or unrecorded. */
    int inFlight()
    {
        return all.length - free.size();
    }

    /** Whether every context is back: none of this dispatcher's ops is generating, in flight or unrecorded. */
    boolean idle()
    {
        return free.size() == all.length;
    }

    void cancelPending()
    {
        for (final OpContext context : all)
        {
            context.cancel();
        }
    }

    /** The contexts still out of the pool: at the very end, the ops that never came back. */
    List<OpContext> out()
    {
        final List<OpContext> out = new ArrayList<>();
        for (final OpContext context : all)
        {
            if (context.out())
            {
                out.add(context);
            }
        }
        return out;
    }
}
