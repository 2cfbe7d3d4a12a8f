package io.jstress.perf;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bytes allocated per op by each of a set of long-lived threads, from HotSpot's per-thread allocation
 * counters. JMH's gc profiler gives the sum; this gives the split by stage (pacer, dispatcher, I/O, stats).
 */
final class ThreadAllocation
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private final List<Thread> threads = new ArrayList<>();
    private final long[] before;

    /** Watches the live threads whose names start with one of the prefixes. */
    ThreadAllocation(final String... prefixes)
    {
        for (final Thread t : Thread.getAllStackTraces().keySet())
        {
            for (final String prefix : prefixes)
            {
                if (t.getName().startsWith(prefix))
                {
                    threads.add(t);
                }
            }
        }
        threads.sort((a, b) -> a.getName().compareTo(b.getName()));
        before = new long[threads.size()];
        reset();
    }

    void reset()
    {
        for (int i = 0; i < threads.size(); i++)
        {
            before[i] = THREADS.getThreadAllocatedBytes(threads.get(i).getId());
        }
    }

    /** One line per thread: its bytes per op since the last reset. */
    String perOp(final long ops)
    {
        final StringBuilder b = new StringBuilder("allocated B/op by thread:");
        for (int i = 0; i < threads.size(); i++)
        {
            final long bytes = THREADS.getThreadAllocatedBytes(threads.get(i).getId()) - before[i];
            b.append(String.format(Locale.ROOT, " %s=%.3f", threads.get(i).getName(), (double)bytes / Math.max(1, ops)));
        }
        return b.append(String.format(Locale.ROOT, " (over %,d ops)", ops)).toString();
    }
}
