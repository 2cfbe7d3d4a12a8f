package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;

/** ~DIST: the distribution mirrored within its own [min, max], so the rare values become the common ones. */
final class InvertedSampler extends Sampler
{
    private final Sampler wrapped;
    private final long min;
    private final long max;

    InvertedSampler(final Sampler wrapped, final InverseCdf quantiles)
    {
        super(quantiles);
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
    public void setSeed(final long seed)
    {
        wrapped.setSeed(seed);
    }
}
