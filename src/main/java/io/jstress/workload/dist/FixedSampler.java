package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;

/** FIXED(v): always v, and seeding changes nothing. */
final class FixedSampler extends Sampler
{
    private final long value;

    FixedSampler(final long value, final InverseCdf quantiles)
    {
        super(quantiles);
        this.value = value;
    }

    @Override
    public long next()
    {
        return value;
    }

    @Override
    public double nextDouble()
    {
        return value;
    }


    @Override
    public void setSeed(final long seed)
    {
        // nothing to seed
    }
}
