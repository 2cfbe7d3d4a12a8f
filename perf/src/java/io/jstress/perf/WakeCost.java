package io.jstress.perf;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * What one wake-up costs on this machine: a thread parks for a fixed period in a loop, and its own CPU time is
 * divided by the wakes. At a fixed rate a loader's CPU per op is mostly wakes per op times this figure.
 *
 * <pre>java -cp target/test-classes io.jstress.perf.WakeCost [period_us] [seconds]</pre>
 */
public final class WakeCost
{
    private WakeCost()
    {
    }

    public static void main(final String[] args)
    {
        final long periodNs = TimeUnit.MICROSECONDS.toNanos(args.length > 0 ? Long.parseLong(args[0]) : 500);
        final long runNs = TimeUnit.SECONDS.toNanos(args.length > 1 ? Long.parseLong(args[1]) : 5);
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 2; round++)
        {
            final long cpu0 = threads.getCurrentThreadCpuTime();
            final long user0 = threads.getCurrentThreadUserTime();
            final long end = System.nanoTime() + runNs;
            long wakes = 0;
            while (System.nanoTime() - end < 0)
            {
                LockSupport.parkNanos(periodNs);
                wakes++;
            }
            final double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / wakes;
            final double user = (threads.getCurrentThreadUserTime() - user0) / 1e3 / wakes;
            System.out.printf("round %d: park %d us: %,d wakes, %.1f us CPU per wake (user %.1f, sys %.1f)%n", round,
                TimeUnit.NANOSECONDS.toMicros(periodNs), wakes, cpu, user, cpu - user);
        }
    }
}
