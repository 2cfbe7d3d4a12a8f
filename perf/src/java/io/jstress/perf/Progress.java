package io.jstress.perf;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * How a benchmark thread waits for work other threads do: it parks in short steps rather than spinning, so
 * on a small box it leaves the cores to the threads being measured.
 */
public final class Progress
{
    private static final long STEP_NS = TimeUnit.MICROSECONDS.toNanos(200);

    private Progress()
    {
    }

    /** Waits until the counter has advanced by count from now; returns where it stands then. */
    public static long advance(final LongSupplier counter, final long count)
    {
        final long target = counter.getAsLong() + count;
        long now;
        while ((now = counter.getAsLong()) < target)
        {
            LockSupport.parkNanos(STEP_NS);
        }
        return now;
    }
}
