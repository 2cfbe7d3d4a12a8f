package io.jstress.workload.user;

import io.jstress.settings.RatioSpec;
import io.jstress.workload.dist.Sampler;
import io.jstress.workload.dist.Samplers;

/** A ratio distribution's draws: the distribution's double draw over the divisor, clamped to [0, 1]. */
final class Ratio
{
    private final Sampler sampler;
    private final double divisor;

    Ratio(final RatioSpec spec)
    {
        this.sampler = Samplers.of(spec.distribution());
        this.divisor = spec.divisor();
    }

    double next()
    {
        return Math.max(0f, Math.min(1f, sampler.nextDouble() / divisor));
    }

    double min()
    {
        return Math.min(1d, sampler.minValue() / divisor);
    }

    double max()
    {
        return Math.min(1d, sampler.maxValue() / divisor);
    }
}
