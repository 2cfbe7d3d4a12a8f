package io.jstress.workload;

import io.jstress.settings.Distribution;

import java.math.BigInteger;

/**
 * Splits a population into K consecutive, disjoint slices of keys, for -split. A sequence or a uniform population
 * is cut into ranges of (nearly) equal size; any other distribution is cut at its quantiles, so every slice holds
 * 1/K of the probability and K loaders drawing equally often from their slices draw keys as one loader drawing from
 * the whole would. The quantiles come from the same draw-to-key mapping KeySamplers uses, computed with StrictMath
 * so that every loader, on any JVM, cuts at the same keys.
 */
public final class PopulationSlices
{
    private PopulationSlices()
    {
    }

    /**
     * The first key of each slice, then max + 1: slice i is [bounds[i], bounds[i + 1]). A slice is empty when one key
     * alone holds more than 1/K of the probability (a FIXED population, or a tiny range).
     */
    public static long[] bounds(final Distribution keys, final int of)
    {
        final long[] bounds = new long[of + 1];
        bounds[0] = keys.min();
        bounds[of] = keys.max() + 1;
        final long size = keys.max() - keys.min() + 1;
        for (int i = 1; i < of; i++)
        {
            bounds[i] = keys instanceof Distribution.Seq || keys instanceof Distribution.Uniform
                ? keys.min() + share(size, i, of) : quantile(keys, (double)i / of);
        }
        return bounds;
    }

    /** keys restricted to [first, last]: a sequence or uniform range stays one; any other is drawn and redrawn. */
    public static Distribution slice(final Distribution keys, final long first, final long last)
    {
        if (keys instanceof Distribution.Seq)
        {
            return new Distribution.Seq(first, last);
        }
        if (keys instanceof Distribution.Uniform)
        {
            return new Distribution.Uniform(first, last);
        }
        return new Distribution.Restricted(keys, first, last);
    }

    /** floor(total * i / of), exact for any long total: where share i of `of` begins. */
    public static long share(final long total, final long i, final long of)
    {
        return BigInteger.valueOf(total).multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(of))
            .longValueExact();
    }

    /** The smallest key k in (min, max + 1] whose lower keys hold at least q of the probability. */
    private static long quantile(final Distribution keys, final double q)
    {
        long lo = keys.min() + 1;
        long hi = keys.max() + 1;
        while (lo < hi)
        {
            final long mid = lo + (hi - lo) / 2;
            if (below(keys, mid) >= q)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** P(key < k) for min < k <= max, under KeySamplers' mapping of draws to keys. */
    private static double below(final Distribution keys, final long k)
    {
        final long min = keys.min();
        if (keys instanceof Distribution.Gaussian g)
        {
            // keys are clamp(round(x)), so key < k exactly when x < k - 0.5
            return normalCdf((k - 0.5 - g.mean()) / g.stdev());
        }
        if (keys instanceof Distribution.Exp)
        {
            // keys are min + floor(x) with x exponential of the mean KeySamplers chooses
            final double mean = (keys.max() - min) / -StrictMath.log(1 - KeySamplers.TAIL);
            return 1 - StrictMath.exp(-(k - min) / mean);
        }
        if (keys instanceof Distribution.Extreme e)
        {
            // keys are min + floor(x) with x Weibull of KeySamplers' scale and this shape
            final double scale = (keys.max() - min)
                / StrictMath.pow(-StrictMath.log(1 - KeySamplers.TAIL), 1 / e.shape());
            return 1 - StrictMath.exp(-StrictMath.pow((k - min) / scale, e.shape()));
        }
        // a FIXED population: all of it is at its one key
        return 1;
    }

    /**
     * The standard normal CDF from the complementary error function's Chebyshev fit (fractional error below 1.2e-7
     * everywhere): ample for cutting at quantiles, whose keys are exact integers whatever the rounding.
     */
    static double normalCdf(final double x)
    {
        final double z = Math.abs(x) / StrictMath.sqrt(2);
        final double t = 1 / (1 + 0.5 * z);
        final double erfc = t * StrictMath.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196
            + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
            + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? 1 - 0.5 * erfc : 0.5 * erfc;
    }
}
