package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;
import io.jstress.workload.Lcg;

/** EXTREME(min..max,shape): min plus a Weibull draw (by inversion) clamped to [0, max - min]. */
final class WeibullSampler extends Sampler
{
    private final long min;
    private final long delta;
    private final double shape;
    private final double scale;
    private final Lcg random;

    WeibullSampler(final long min, final long max, final double shape, final Lcg random,
        final InverseCdf quantiles)
    {
        super(quantiles);
        this.min = min;
        this.delta = max - min;
        this.shape = shape;
        this.scale = scaleFor(min, max, shape);
        this.random = random;
    }

    /** cassandra-stress's scale: the range ends at the 1 - sqrt(1 / (max - min)) quantile of Weibull(shape, 1). */
    static double scaleFor(final long min, final long max, final double shape)
    {
        return (max - min) / quantile(1d - Math.sqrt(1d / (max - min)), shape, 1d);
    }

    private static double quantile(final double p, final double shape, final double scale)
    {
        if (p == 0)
        {
            return 0;
        }
        if (p == 1)
        {
            return Double.POSITIVE_INFINITY;
        }
        return scale * Math.pow(-Math.log1p(-p), 1.0 / shape);
    }

    @Override
    public long next()
    {
        return offset(min, delta, quantile(random.nextDouble(), shape, scale));
    }

    @Override
    public double nextDouble()
    {
        return offsetDouble(min, delta, quantile(random.nextDouble(), shape, scale));
    }


    @Override
    public void setSeed(final long seed)
    {
        random.setSeed(seed);
    }
}
