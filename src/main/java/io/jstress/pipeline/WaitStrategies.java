package io.jstress.pipeline;

import com.lmax.disruptor.LiteBlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/**
 * The op ring's wait strategy, chosen with -Djstress.wait=. Blocking is the default because spinning
 * dispatchers burn a core each even when idle, which starves the driver's I/O threads on a small box;
 * yielding and busy-spin are for big loader hosts with cores to spare.
 */
public final class WaitStrategies
{
    private WaitStrategies()
    {
    }

    public static WaitStrategy named(final String name)
    {
        return switch (name)
        {
            // the lite variant takes its lock only to wake a dispatcher that is actually asleep, so a busy
            // pipeline publishes without ever touching it
            case "blocking" -> new LiteBlockingWaitStrategy();
            case "sleeping" -> new SleepingWaitStrategy();
            case "yielding" -> new YieldingWaitStrategy();
            case "busy-spin" -> new BusySpinWaitStrategy();
            default -> throw new RunFailure("unknown -Djstress.wait=" + name
                + ": expected blocking, sleeping, yielding or busy-spin");
        };
    }
}
