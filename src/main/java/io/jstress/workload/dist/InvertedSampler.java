package io.jstress.workload.dist;

/** ~DIST: the distribution mirrored within its own [min, max], so the rare values become the common ones. */
final class InvertedSampler extends Sampler
{
    private final Sampler wrapped;
    private final long min;
    private final long max;

    InvertedSampler(final Sampler wrapped)
    {
        this.wrapped = wrapped;
        this.min = wrapped.minValue();
        this.max = wrapped.maxValue();
    }

    @Override
    public long next()
    {
        return max - (wrapped.next() - min);
    }

    @Override
    public double nextDouble()
    {
        return max - (wrapped.nextDouble() - min);
    }

    @Override
    public long inverseCumProb(final double p)
    {
        return max - (wrapped.inverseCumProb(p) - min);
    }

    @Override
    public void setSeed(final long seed)
    {
        wrapped.setSeed(seed);
    }
}
