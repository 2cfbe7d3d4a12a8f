package io.jstress.settings;

/**
 * -rate. threads is the in-flight cap per dispatcher; processes is the number of dispatchers, each with its
 * own driver session. auto mode (threads&gt;= threads&lt;= auto, or no -rate) searches thread counts from
 * minThreads up to maxThreads; outside auto mode both equal threads. untilSaturated is the word auto itself: the
 * search stops once the op rate stops improving, rather than at maxThreads.
 */
public record RateSettings(int threads, int processes, Pace pace, boolean auto, int minThreads, int maxThreads,
    boolean untilSaturated)
{
}
