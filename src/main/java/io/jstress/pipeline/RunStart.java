package io.jstress.pipeline;

import io.jstress.settings.SplitSettings;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * When the measured run starts, and the one (epoch ms, nanoTime) pair every timestamp of it derives from. Without
 * -split start-at= it starts now. With it, it starts at that wall-clock instant: interval k of every loader then
 * covers [start + k * interval, start + (k + 1) * interval) on its own clock, and its HDR timestamps say exactly
 * that, so K loaders' intervals line up as closely as their clocks do.
 */
final class RunStart
{
    private static final long NEXT_MS_NS = TimeUnit.MILLISECONDS.toNanos(1);

    private final long epochMs;
    private final long epochNs;
    private final boolean common;

    private RunStart(final long epochMs, final long epochNs, final boolean common)
    {
        this.epochMs = epochMs;
        this.epochNs = epochNs;
        this.common = common;
    }

    /**
     * The start of a run about to be measured. An instant that has already passed (a loader that took longer to
     * connect and warm up) moves to the first boundary of the same interval grid that is still ahead, with a warning.
     */
    static RunStart of(final SplitSettings split, final Duration interval, final PrintStream err)
    {
        if (split.startAt().isEmpty())
        {
            return now();
        }
        final Instant at = split.startAt().get();
        // the wall clock read between two nanoTime reads: the pair is as exact as the clocks allow
        final long before = System.nanoTime();
        final Instant now = Clock.systemUTC().instant();
        final long nowNs = before + (System.nanoTime() - before) / 2;
        long startNs = nowNs + Duration.between(now, at).toNanos();
        long startMs = at.toEpochMilli();
        if (startNs <= nowNs)
        {
            final long late = nowNs - startNs;
            final long skipped = late / interval.toNanos() + 1;
            startNs += skipped * interval.toNanos();
            startMs += skipped * interval.toMillis();
            err.println(String.format(Locale.ROOT, "WARNING: -split start-at=%.3f passed %.3f s before this loader was "
                + "ready; it starts %d intervals later, at %.3f, on the same interval grid", at.toEpochMilli() / 1000.0,
                late / 1e9, skipped, startMs / 1000.0));
        }
        return new RunStart(startMs, startNs, true);
    }

    /** A run that starts as soon as its pipeline is built: each step of auto mode. */
    static RunStart now()
    {
        return new RunStart(System.currentTimeMillis(), System.nanoTime(), false);
    }

    long epochMs()
    {
        return epochMs;
    }

    long epochNs()
    {
        return epochNs;
    }

    /** The pipeline's time zero: the common instant, or just ahead of now. */
    long startNs()
    {
        return common ? epochNs : System.nanoTime() + NEXT_MS_NS;
    }

    /** Parks until the common instant; a signal (which also unparks this thread) ends the wait. */
    void await(final Interrupts interrupts, final PrintStream out)
    {
        if (!common)
        {
            return;
        }
        long left = epochNs - System.nanoTime();
        if (left > 0)
        {
            out.println(String.format(Locale.ROOT, "Waiting %.3f s for the common start at %s", left / 1e9,
                Instant.ofEpochMilli(epochMs)));
            out.flush();
        }
        while (left > 0 && !interrupts.signalled())
        {
            LockSupport.parkNanos(this, left);
            left = epochNs - System.nanoTime();
        }
    }
}
