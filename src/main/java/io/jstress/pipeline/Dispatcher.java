package io.jstress.pipeline;

import com.lmax.disruptor.EventHandler;
import io.jstress.workload.Workload;

import java.util.concurrent.locks.LockSupport;

/**
 * Consumes the op ring and sends each of its share of the slots (sequence % count == ordinal) to the driver,
 * once the slot's intended start has come and one of its in-flight permits is free. The pacer publishes slots
 * ahead of time, so at a fixed rate a dispatcher sleeps until its next op is due, but wakes at most once a
 * tick and then sends every op due by then: at 5000/s, a wake per op (every 200 us) would also wake the driver's
 * I/O thread per op, and those wake-ups were most of a fixed-rate run's CPU. Each op keeps its own intended
 * start, so the tick's delay lands in its wt, bounded by the tick (plus the park's overshoot). Blocking here is the back-pressure: the ring fills and the pacer
 * waits, while every late op keeps its intended start, so the delay lands in wt and rt. Once the run stops, the
 * slots left in the ring are skipped: those ops were due but never sent.
 */
final class Dispatcher implements EventHandler<OpSlot>
{
    /** The shortest sleep between two sends: what an op may be sent late (plus the park's overshoot). */
    static final long TICK_NS = 500_000;

    private final int ordinal;
    private final int count;
    private final ContextPool pool;
    private final Workload workload;
    private final RunControl control;
    private final boolean paced;
    private final WriteBatch writes = new WriteBatch();
    private long wokeNs = System.nanoTime() - TICK_NS;
    private volatile Thread thread;
    /** Written only by this dispatcher, and only when it grows; read by the run's owner at the end. */
    private volatile long maxInFlight;
    /**
     * Ops this dispatcher started, and slots it found with nothing to send (budget spent). Plain fields written
     * only by this dispatcher before its sequence moves on, so whoever has seen the sequence sees them.
     */
    private long started;
    private long skipped;

    Dispatcher(final int ordinal, final int count, final ContextPool pool, final Workload workload,
        final RunControl control, final boolean paced)
    {
        this.paced = paced;
        this.ordinal = ordinal;
        this.count = count;
        this.pool = pool;
        this.workload = workload;
        this.control = control;
    }

    @Override
    public void onEvent(final OpSlot slot, final long sequence, final boolean endOfBatch)
    {
        try
        {
            if (sequence % count == ordinal && !control.stopping())
            {
                send(slot);
            }
        }
        finally
        {
            // before the dispatcher waits for more slots, its held writes go out
            if (endOfBatch || writes.held() >= WriteBatch.MAX_HELD)
            {
                writes.flush();
            }
        }
    }

    private void send(final OpSlot slot)
    {
        if (paced && !awaitStart(slot.intendedNs))
        {
            return;
        }
        OpContext context = pool.poll();
        if (context == null)
        {
            writes.flush();
            context = pool.acquire(control);
            if (context == null)
            {
                return;
            }
        }
        final long now = pool.inFlight();
        if (now > maxInFlight)
        {
            maxInFlight = now;
        }
        if (context.start(slot.index, slot.intendedNs, workload))
        {
            started++;
        }
        else
        {
            skipped++;
        }
    }

    /** @return false when the run stops before the op's intended start */
    private boolean awaitStart(final long intendedNs)
    {
        long now = System.nanoTime();
        if (intendedNs - now <= 0)
        {
            return true;
        }
        thread = Thread.currentThread();
        writes.flush();
        final long tickNs = wokeNs + TICK_NS;
        final long wakeNs = tickNs - intendedNs > 0 ? tickNs : intendedNs;
        while (wakeNs - now > 0)
        {
            LockSupport.parkNanos(this, wakeNs - now);
            if (control.stopping())
            {
                return false;
            }
            now = System.nanoTime();
        }
        wokeNs = now;
        return true;
    }

    /** Wakes the dispatcher if it is waiting for an op to come due, so it sees a stop at once. */
    void wake()
    {
        final Thread t = thread;
        if (t != null)
        {
            LockSupport.unpark(t);
        }
    }

    /** The most of this dispatcher's operations in flight at once. */
    long maxInFlight()
    {
        return maxInFlight;
    }

    /** How many ops this dispatcher started: each ends recorded, or cut off at the end. */
    long started()
    {
        return started;
    }

    /** Slots this dispatcher took that had nothing to send, because the run's budget of partitions was spent. */
    long skipped()
    {
        return skipped;
    }

    /** The requests this dispatcher wrote and has not flushed yet: its thread carries them to the driver. */
    WriteBatch writes()
    {
        return writes;
    }

    ContextPool pool()
    {
        return pool;
    }
}
