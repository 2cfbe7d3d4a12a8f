package io.jstress.pipeline;

import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import io.jstress.workload.WorkBudget;
import org.agrona.concurrent.IdleStrategy;

import java.io.PrintStream;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes operation slots into the op ring, each stamped with its own intended start from the schedule, a
 * little ahead of time: every op due within the lead, then it sleeps until half the lead is left. The
 * dispatchers hold each slot until its intended start (Dispatcher), so the pacer wakes a few hundred times a
 * second rather than once per op or per tick, and never has to wake a dispatcher: at 5000/s its wake-ups, and
 * the lock and signal each cost to hand a dispatcher one or two slots, were a fifth of a fixed-rate run's CPU.
 * The lead is bounded by half the ring, so a ring that fills still means the dispatchers are behind. With no
 * schedule it fills the ring as fast as the dispatchers drain it (a closed loop). Op i is published at ring
 * sequence i.
 */
final class Pacer implements Runnable
{
    private static final int MAX_BATCH = 256;
    /** How far ahead of its intended start an op is published, at most. */
    static final long MAX_LEAD_NS = 10_000_000;

    private final RingBuffer<OpSlot> ring;
    private final Schedule schedule;
    private final long limit;
    private final long deadlineNs;
    private final WorkBudget budget;
    private final RunControl control;
    private final IdleStrategy ringFull;
    private final long leadNs;
    private final PrintStream err;
    /** Written by the pacer once per batch; read by whoever asks whether the run has drained. */
    private volatile long published;
    private volatile boolean done;
    private volatile Thread thread;

    /**
     * @param schedule   null for a closed loop
     * @param limit      how many ops to publish at most (n=), Long.MAX_VALUE otherwise
     * @param deadlineNs no op is published at or after this time (duration=), Long.MAX_VALUE otherwise
     * @param budget     no op is published once it is spent
     */
    Pacer(final RingBuffer<OpSlot> ring, final Schedule schedule, final long limit, final long deadlineNs,
        final WorkBudget budget, final RunControl control, final IdleStrategy ringFull, final PrintStream err)
    {
        this.err = err;
        this.ring = ring;
        this.schedule = schedule;
        this.limit = limit;
        this.deadlineNs = deadlineNs;
        this.budget = budget;
        this.control = control;
        this.ringFull = ringFull;
        this.leadNs = schedule == null ? 0 : Math.min(MAX_LEAD_NS, schedule.spanNs(ring.getBufferSize() / 2));
    }

    @Override
    public void run()
    {
        thread = Thread.currentThread();
        try
        {
            pace();
        }
        catch (final RuntimeException | Error e)
        {
            // a pacer that dies must still end the run, or a run of n= ops would wait for it forever
            err.println("jstress: internal error in the pacer: " + e);
            control.stop(RunControl.Reason.FAILED);
        }
        finally
        {
            done = true;
        }
    }

    private void pace()
    {
        long next = 0;
        while (next < limit && !control.stopping() && !budget.spent())
        {
            final long now = System.nanoTime();
            if (now >= deadlineNs)
            {
                break;
            }
            long upTo = limit;
            if (schedule != null)
            {
                // no op is due at or after the deadline, so none is published
                upTo = Math.min(limit, schedule.dueBy(Math.min(now + leadNs, deadlineNs - 1)));
                if (upTo <= next)
                {
                    final long nextNs = schedule.intendedNs(next);
                    if (nextNs >= deadlineNs)
                    {
                        break;
                    }
                    LockSupport.parkNanos(this, nextNs - leadNs / 2 - now);
                    continue;
                }
            }
            final int batch = (int)Math.min(upTo - next, MAX_BATCH);
            final long hi;
            try
            {
                hi = ring.tryNext(batch);
            }
            catch (final InsufficientCapacityException full)
            {
                ringFull.idle();
                continue;
            }
            ringFull.reset();
            for (long s = hi - batch + 1; s <= hi; s++)
            {
                final OpSlot slot = ring.get(s);
                slot.index = next;
                slot.intendedNs = schedule == null ? 0 : schedule.intendedNs(next);
                next++;
            }
            ring.publish(hi - batch + 1, hi);
            published = next;
        }
    }

    /** Wakes the pacer if it is waiting for its next op to come due, so it sees a stop at once. */
    void wake()
    {
        final Thread t = thread;
        if (t != null)
        {
            LockSupport.unpark(t);
        }
    }

    /** Whether the pacer has published its last op; then published() is final. */
    boolean done()
    {
        return done;
    }

    /** Whether the budget of the run is spent, which stops the pacer. */
    boolean budgetSpent()
    {
        return budget.spent();
    }

    /** How many ops have been published: ring sequences 0 to published() - 1. */
    long published()
    {
        return published;
    }
}
