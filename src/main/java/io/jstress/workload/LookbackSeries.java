package io.jstress.workload;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * -pop seq=a..b read-lookback=DIST, as cassandra-stress's LookbackableWriteGenerator: writes take the sequence's
 * keys in order (reads take none), and a read takes the key DIST keys back from the newest key written with every
 * key before it written too, so it reads only what is there. One per run, shared by its dispatchers; written() is
 * called from the threads that complete writes. Lock-free, and allocates nothing after construction.
 */
public final class LookbackSeries
{
    /**
     * Positions a completed write may run ahead of the oldest write still in flight. A write that never completes
     * (failed for good) stops the gapless prefix there, as in cassandra-stress; writes further ahead overwrite its
     * slot with positions that never match it.
     */
    private static final int WINDOW = 1 << 16;

    private final long start;
    private final long count;
    private final boolean wrap;
    private final AtomicLong nextWrite = new AtomicLong();
    /** Write positions 0 .. written - 1 have all completed. */
    private final AtomicLong written = new AtomicLong();
    /** done[p % WINDOW] == p + 1 once the write at position p completed. */
    private final AtomicLongArray done = new AtomicLongArray(WINDOW);

    /**
     * @param first the sequence's first key
     * @param last  its last key
     * @param wrap  whether writes start again after the last key (false: -pop no-wrap)
     */
    public LookbackSeries(final long first, final long last, final boolean wrap)
    {
        this.start = first;
        this.count = last - first + 1;
        this.wrap = wrap;
    }

    /** The position of the next write, or -1 once a no-wrap sequence is used up. */
    long nextWrite()
    {
        final long position = nextWrite.getAndIncrement();
        return !wrap && position >= count ? -1 : position;
    }

    /** The key written at a position. */
    long seed(final long position)
    {
        return start + position % count;
    }

    /** The write at this position completed: the gapless prefix grows over it and any completed after it. */
    void written(final long position)
    {
        done.set(slot(position), position + 1);
        while (true)
        {
            final long w = written.get();
            if (done.get(slot(w)) != w + 1)
            {
                return;
            }
            written.compareAndSet(w, w + 1);
        }
    }

    /**
     * The key a read with this look-back takes, or -1 once a no-wrap sequence is written to its end and the look-back
     * reaches before its start. Before enough keys are written, the look-back wraps within those that are.
     */
    long readSeed(final long lookback)
    {
        final long range = written.get();
        long offset = range - lookback;
        if (offset < 0)
        {
            if (range >= count && !wrap)
            {
                return -1;
            }
            offset = range == 0 ? 0 : lookback % range;
        }
        return start + offset % count;
    }

    private static int slot(final long position)
    {
        return (int)(position & (WINDOW - 1));
    }
}
