package io.jstress.workload;

import io.jstress.settings.Distribution;

import java.util.Arrays;

/**
 * The inverse cumulative probability of a distribution as cassandra-stress computes it (`print` shows it; a
 * variable -col n= draws from it): commons-math's
 * real-valued distributions, cast to long and kept inside [min, max]. EXP and EXTREME put max at the cumulative
 * probability 1 - sqrt(1 / (max - min)); UNIFORM spreads over [min, max + 1); min == max is FIXED.
 */
@FunctionalInterface
public interface InverseCdf
{
    long at(double probability);

    static InverseCdf of(final Distribution d)
    {
        if (d.min() == d.max() && !(d instanceof Distribution.Seq))
        {
            return p -> d.min();
        }
        final long min = d.min();
        final long max = d.max();
        if (d instanceof Distribution.Uniform)
        {
            return p -> bound(min, max, p * ((max + 1d) - min) + min);
        }
        if (d instanceof Distribution.Gaussian g)
        {
            return p -> bound(min, max, g.mean() + g.stdev() * Math.sqrt(2) * ErfInv.of(2 * p - 1));
        }
        if (d instanceof Distribution.Exp)
        {
            // the unit exponential's inverse at 1 - sqrt(1 / (max - min)), computed in the same steps
            final double edge = 1d - Math.sqrt(1d / (max - min));
            final double mean = (max - min) / (-1d * Math.log(1d - edge));
            return p -> offset(min, max, p == 1 ? Double.POSITIVE_INFINITY : -mean * Math.log(1 - p));
        }
        if (d instanceof Distribution.Extreme e)
        {
            return weibull(min, max, e.shape());
        }
        if (d instanceof Distribution.Seq)
        {
            return p -> (long)(min + (max - min) * p);
        }
        return p -> d.min();
    }

    /** EXTREME(min..max,shape): a Weibull of that shape, scaled to reach max - min at the "max" probability. */
    static InverseCdf weibull(final long min, final long max, final double shape)
    {
        final double q = 1d - Math.sqrt(1d / (max - min));
        final double scale = (max - min) / Math.pow(-Math.log1p(-q), 1 / shape);
        return p -> offset(min, max, p == 0 ? 0 : p == 1 ? Double.POSITIVE_INFINITY
            : scale * Math.pow(-Math.log1p(-p), 1 / shape));
    }

    /** QEXTREME(min..max,shape,quantas): EXTREME split into quantas of equal probability, uniform within each. */
    static InverseCdf quantized(final InverseCdf delegate, final int quantas)
    {
        final long[] bounds = new long[quantas + 1];
        bounds[0] = delegate.at(0);
        bounds[quantas] = delegate.at(1) + 1;
        for (int i = 1; i < quantas; i++)
        {
            bounds[i] = delegate.at(i / (double)quantas);
        }
        return p ->
        {
            final int found = Arrays.binarySearch(bounds, delegate.at(p));
            final int quanta = found < 0 ? -2 - found : found - 1;
            if (quanta < 0)
            {
                return bounds[0];
            }
            if (quanta >= bounds.length - 1)
            {
                return bounds[bounds.length - 1] - 1;
            }
            final double within = (p - quanta / (bounds.length - 1d)) * (bounds.length - 1d);
            return bounds[quanta] + (long)(within * (bounds[quanta + 1] - bounds[quanta]));
        };
    }

    /** ~DIST: the distribution mirrored within its own range. */
    static InverseCdf inverted(final InverseCdf wrapped)
    {
        final long min = wrapped.at(0);
        final long max = wrapped.at(1);
        return p -> max - (wrapped.at(p) - min);
    }

    private static long bound(final long min, final long max, final double value)
    {
        return Math.max(min, Math.min(max, (long)value));
    }

    /** min plus a draw from [0, max - min]. */
    private static long offset(final long min, final long max, final double value)
    {
        return min + Math.max(0, Math.min(max - min, (long)value));
    }
}
