package io.jstress.pipeline;

import com.lmax.disruptor.EventHandler;
import io.jstress.workload.Workload;

/**
 * Consumes the op ring and sends each of its share of the slots (sequence % count == ordinal) to the driver,
 * once one of its in-flight permits is free. Blocking here is the back-pressure: the ring fills and the pacer
 * waits, while every late op keeps its intended start, so the delay lands in wt and rt. Once the run stops, the
 * slots left in the ring are skipped: those ops were due but never sent.
 */
final class Dispatcher implements EventHandler<OpSlot>
{
    private final int ordinal;
    private final int count;
    private final ContextPool pool;
    private final Workload workload;
    private final RunControl control;
    /** Written only by this dispatcher, and only when it grows; read by the run's owner at the end. */
    private volatile long maxInFlight;
    /**
     * Ops this dispatcher started, and slots it found with nothing to send (budget spent). Plain fields written
     * only by this dispatcher before its sequence moves on, so whoever has seen the sequence sees them.
     */
    private long started;
    private long skipped;

    Dispatcher(final int ordinal, final int count, final ContextPool pool, final Workload workload,
        final RunControl control)
    {
        this.ordinal = ordinal;
        this.count = count;
        this.pool = pool;
        this.workload = workload;
        this.control = control;
    }

    @Override
    public void onEvent(final OpSlot slot, final long sequence, final boolean endOfBatch)
    {
        if (sequence % count != ordinal || control.stopping())
        {
            return;
        }
        final OpContext context = pool.acquire(control);
        if (context == null)
        {
            return;
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

    ContextPool pool()
    {
        return pool;
    }
}
