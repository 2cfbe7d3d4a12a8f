package io.jstress.pipeline;

import io.jstress.report.Outcome;
import io.jstress.settings.RetryDelay;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * How long an op waits before its next try, as cassandra-stress 3.19 decides it: only an overloaded cluster
 * makes a retry wait; every other retryable error is retried at once. The wait starts at min-delay-ms, stays
 * there (constant), grows towards max-delay-ms with the tries (linear) or doubles with each try (exponential),
 * then takes a random 0.75-1.25 jitter so that every op turned away at once does not come back at once, and is
 * kept within [min-delay-ms, max-delay-ms].
 */
final class Backoff
{
    private static final double JITTER_MIN = 0.75;
    private static final double JITTER_MAX = 1.25;

    private final RetryDelay delay;
    private final int tries;

    Backoff(final RetryDelay delay, final int tries)
    {
        this.delay = delay;
        this.tries = tries;
    }

    /**
     * @param failedTries how many tries of the op have failed so far (1 after the first)
     * @return how long to wait before the next try, in nanoseconds
     */
    long delayNs(final Outcome outcome, final int failedTries)
    {
        if (outcome != Outcome.OVERLOADED || !delay.waits())
        {
            return 0;
        }
        final double jitter = ThreadLocalRandom.current().nextDouble(JITTER_MIN, JITTER_MAX);
        return TimeUnit.MILLISECONDS.toNanos(delayMs(delay, failedTries - 1, tries, jitter));
    }

    /** The wait after try number `tried` (0 for the first) failed, with the given jitter. */
    static long delayMs(final RetryDelay delay, final int tried, final int tries, final double jitter)
    {
        final long min = delay.minMs();
        final long max = delay.maxMs();
        final double base = switch (delay.policy())
        {
            case CONSTANT -> min;
            case LINEAR -> min + (max - min) * (double)tried / tries;
            // in double, so that doubling past any long only ever clamps to max
            case EXPONENTIAL -> Math.scalb((double)min, tried);
        };
        return Math.max(min, Math.min(max, (long)(base * jitter)));
    }
}
