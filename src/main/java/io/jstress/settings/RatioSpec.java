package io.jstress.settings;

/** A ratio distribution, DIST/divisor: each draw divided by the divisor and clamped to [0, 1]. */
public record RatioSpec(DistributionSpec distribution, double divisor)
{
}
