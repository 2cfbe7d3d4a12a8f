package io.jstress.pipeline;

import io.jstress.report.Outcome;
import io.jstress.settings.RetryDelay;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** -errors delay-policy=, min-delay-ms= and max-delay-ms= wait as cassandra-stress 3.19 waits. */
class BackoffTest
{
    private static final RetryDelay CONSTANT = new RetryDelay(RetryDelay.Policy.CONSTANT, 100, 20_000);
    private static final RetryDelay LINEAR = new RetryDelay(RetryDelay.Policy.LINEAR, 100, 1100);
    private static final RetryDelay EXPONENTIAL = new RetryDelay(RetryDelay.Policy.EXPONENTIAL, 100, 10_000);

    @Test
    void constantWaitsTheMinimumWithJitterButNeverLess()
    {
        assertEquals(120, Backoff.delayMs(CONSTANT, 4, 10, 1.2));
        assertEquals(100, Backoff.delayMs(CONSTANT, 4, 10, 0.8), "jitter never goes below min-delay-ms");
    }

    @Test
    void linearGrowsFromTheMinimumTowardsTheMaximumWithTheTries()
    {
        assertEquals(100, Backoff.delayMs(LINEAR, 0, 10, 1.0));
        assertEquals(600, Backoff.delayMs(LINEAR, 5, 10, 1.0));
        assertEquals(1100, Backoff.delayMs(LINEAR, 9, 10, 1.25), "never past max-delay-ms");
    }

    @Test
    void exponentialDoublesUpToTheMaximumAndNeverOverflows()
    {
        assertEquals(100, Backoff.delayMs(EXPONENTIAL, 0, 10, 1.0));
        assertEquals(800, Backoff.delayMs(EXPONENTIAL, 3, 10, 1.0));
        assertEquals(10_000, Backoff.delayMs(EXPONENTIAL, 10, 10, 1.0));
        assertEquals(10_000, Backoff.delayMs(EXPONENTIAL, 64, 100, 1.0));
        assertEquals(10_000, Backoff.delayMs(EXPONENTIAL, Integer.MAX_VALUE - 1, Integer.MAX_VALUE, 0.75));
    }

    @Test
    void onlyAnOverloadedClusterMakesARetryWait()
    {
        final Backoff backoff = new Backoff(CONSTANT, 10);
        final long ns = backoff.delayNs(Outcome.OVERLOADED, 1);
        assertTrue(ns >= TimeUnit.MILLISECONDS.toNanos(100) && ns <= TimeUnit.MILLISECONDS.toNanos(125), "" + ns);
        for (final Outcome other : new Outcome[] {Outcome.TIMEOUT, Outcome.UNAVAILABLE, Outcome.NO_HOST,
            Outcome.VALIDATION, Outcome.OTHER})
        {
            assertEquals(0, backoff.delayNs(other, 1), other.label());
        }
        assertEquals(0, new Backoff(RetryDelay.NONE, 10).delayNs(Outcome.OVERLOADED, 1), "by default, at once");
    }
}
