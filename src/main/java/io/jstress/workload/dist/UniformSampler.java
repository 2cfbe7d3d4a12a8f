package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;
import io.jstress.workload.Lcg;

/** UNIFORM(min..max): a uniform real over [min, max + 1), truncated and clamped to [min, max]. */
final class UniformSampler extends Sampler
{
    private final long min;
    private final long max;
    private final double lower;
    private final double upper;
    private final Lcg random;

    UniformSampler(final long min, final long max, final Lcg random, final InverseCdf quantiles)
    {
        super(quantiles);
        this.min = min;
        this.max = max;
        this.lower = min;
        this.upper = max + 1;
        this.random = random;
    }

    private double sample()
    {
        final double u = random.nextDouble();
        return u * upper + (1 - u) * lower;
    }

    @Override
    public long next()
    {
        return bound(min, max, sample());
    }

    @Override
    public double nextDouble()
    {
        return boundDouble(min, max, sample());
    }


    @Override
    public void setSeed(final long seed)
    {
        random.setSeed(seed);
    }
}
