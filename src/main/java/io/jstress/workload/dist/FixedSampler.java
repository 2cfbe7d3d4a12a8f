package io.jstress.workload.dist;

/** FIXED(v): always v, and seeding changes nothing. */
final class FixedSampler extends Sampler
{
    private final long value;

    FixedSampler(final long value)
    {
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
    public long inverseCumProb(final double p)
    {
        return value;
    }

    @Override
    public void setSeed(final long seed)
    {
        // nothing to seed
    }
}
