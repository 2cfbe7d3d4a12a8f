package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;
import io.jstress.workload.Lcg;

/** GAUSSIAN(min..max,mean,stdev): a normal draw clamped to [min, max]. */
final class GaussianSampler extends Sampler
{
    private final long min;
    private final long max;
    private final double mean;
    private final double stdev;
    private final Lcg random;

    GaussianSampler(final long min, final long max, final double mean, final double stdev, final Lcg random,
        final InverseCdf quantiles)
    {
        super(quantiles);
        this.min = min;
        this.max = max;
        this.mean = mean;
        this.stdev = stdev;
        this.random = random;
    }

    @Override
    public long next()
    {
        return bound(min, max, stdev * random.nextGaussian() + mean);
    }

    @Override
    public double nextDouble()
    {
        return boundDouble(min, max, stdev * random.nextGaussian() + mean);
    }


    @Override
    public void setSeed(final long seed)
    {
        random.setSeed(seed);
    }
}
