package io.jstress.report;

/**
 * How a measured run ended, beside its histograms: what the JSON summary's run and loader-health fields say.
 *
 * @param outcome "success", "failure" or "interrupted"
 */
public record RunOutcome(String outcome, int exitCode, long startMs, long endMs, long runNs, long maxInFlight,
    long maxLagNs, long lostSamples)
{
}
