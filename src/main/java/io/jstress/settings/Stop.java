package io.jstress.settings;

import java.time.Duration;

/** When a run ends: after n= operations, after duration=, or once the mean is stable (err&lt;, n&gt;, n&lt;). */
public sealed interface Stop
{
    /** n=X: exactly X operations complete, then the run stops. */
    record Count(long operations) implements Stop
    {
    }

    /** duration=X: issuing stops at the deadline and what is pending is cancelled. */
    record Timed(Duration duration) implements Stop
    {
    }

    /** cassandra-stress's default: run until the standard error of the mean op rate is below errorLimit. */
    record UntilStable(double errorLimit, long minIntervals, long maxIntervals) implements Stop
    {
    }
}
