package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;

/**
 * One of cassandra-stress's distributions: draws longs and doubles from a reseedable java.util.Random sequence,
 * and answers its inverse cumulative probability, from which minimum, maximum and average follow. Every draw
 * matches commons-math 3.2 as cassandra-stress 3.19.0 uses it, so seeded values are identical. Not thread-safe.
 */
public abstract class Sampler
{
    private final InverseCdf quantiles;

    Sampler(final InverseCdf quantiles)
    {
        this.quantiles = quantiles;
    }

    public abstract long next();

    public abstract double nextDouble();

    /** The value at cumulative probability p, as cassandra-stress (and `print`) compute it. */
    public final long inverseCumProb(final double p)
    {
        return quantiles.at(p);
    }

    public abstract void setSeed(long seed);

    public final long maxValue()
    {
        return inverseCumProb(1d);
    }

    public final long minValue()
    {
        return inverseCumProb(0d);
    }

    /** cassandra-stress's approximation: the mean of 51 quantiles, stepped in float as it steps them. */
    public final long average()
    {
        double sum = 0;
        int count = 0;
        for (float d = 0; d <= 1.0d; d += 0.02d)
        {
            sum += inverseCumProb(d);
            count += 1;
        }
        return (long)(sum / count);
    }

    /** A value clamped to [min, max] after truncation, as DistributionBoundApache does. */
    static long bound(final long min, final long max, final double value)
    {
        final long r = (long)value;
        return r < min ? min : Math.min(r, max);
    }

    static double boundDouble(final long min, final long max, final double r)
    {
        if (r >= min && r <= max)
        {
            return r;
        }
        return r < min ? min : max;
    }

    /** min plus a truncated value clamped to [0, max - min], as DistributionOffsetApache does. */
    static long offset(final long min, final long delta, final double value)
    {
        final long r = (long)value;
        return min + (r < 0 ? 0 : Math.min(r, delta));
    }

    static double offsetDouble(final long min, final long delta, final double r)
    {
        return min + (r < 0 ? 0 : Math.min(r, delta));
    }
}
