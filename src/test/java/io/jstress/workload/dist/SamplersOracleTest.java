package io.jstress.workload.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.JDKRandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.function.DoubleUnaryOperator;

/**
 * Every seeded draw, quantile, minimum, maximum and average equals what commons-math 3.2 (cassandra-stress
 * 3.19.0's own library) gives for the same distribution and seed, with cassandra-stress's bounding around it.
 */
@Timeout(60)
class SamplersOracleTest
{
    private static final int SEEDS = 2_000;
    private static final int DRAWS = 20;

    @Test
    void uniformDrawsMatchCommonsMath()
    {
        for (final long[] r : new long[][] {{1, 10}, {1, 100_000_000_000L}, {-50, 50}, {4, 8}, {0, 86_399_999_999_999L}})
        {
            final AbstractRealDistribution oracle = new UniformRealDistribution(new JDKRandomGenerator(), r[0], r[1] + 1);
            compareBound(new Distribution.Uniform(r[0], r[1]), oracle, r[0], r[1]);
        }
    }

    @Test
    void gaussianDrawsMatchCommonsMath()
    {
        for (final long[] r : new long[][] {{1, 1000}, {1, 20}, {5, 100}, {10, 200}, {100, 5000}})
        {
            final double mean = (r[0] + r[1]) / 2d;
            final double stdev = ((r[1] - r[0]) / 2d) / 3d;
            final AbstractRealDistribution oracle = new NormalDistribution(new JDKRandomGenerator(), mean, stdev,
                NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            compareBound(new Distribution.Gaussian(r[0], r[1], mean, stdev), oracle, r[0], r[1]);
        }
    }

    @Test
    void exponentialDrawsMatchCommonsMath()
    {
        for (final long[] r : new long[][] {{1, 1000}, {1, 20}, {10, 100_000}})
        {
            final double mean = (r[1] - r[0])
                / new ExponentialDistribution(1d).inverseCumulativeProbability(1d - Math.sqrt(1d / (r[1] - r[0])));
            final AbstractRealDistribution oracle = new ExponentialDistribution(new JDKRandomGenerator(), mean,
                ExponentialDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            compareOffset(new Distribution.Exp(r[0], r[1]), oracle, r[0], r[1]);
        }
    }

    @Test
    void extremeDrawsMatchCommonsMath()
    {
        for (final double shape : new double[] {0.5, 1.5, 2, 3.7})
        {
            final long min = 1;
            final long max = 10_000;
            final double scale = (max - min) / new WeibullDistribution(shape, 1d)
                .inverseCumulativeProbability(1d - Math.sqrt(1d / (max - min)));
            final AbstractRealDistribution oracle = new WeibullDistribution(new JDKRandomGenerator(), shape, scale,
                WeibullDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            compareOffset(new Distribution.Extreme(min, max, shape), oracle, min, max);
        }
    }

    @Test
    void invertedMirrorsWithinTheRange()
    {
        final Sampler inverted = Samplers.of(new DistributionSpec(new Distribution.Uniform(1, 10), true, 0));
        final AbstractRealDistribution oracle = new UniformRealDistribution(new JDKRandomGenerator(), 1, 11);
        for (long seed = 0; seed < SEEDS; seed++)
        {
            inverted.setSeed(seed);
            oracle.reseedRandomGenerator(seed);
            assertEquals(10 - (bound(1, 10, oracle.sample()) - 1), inverted.next(), "seed " + seed);
        }
        // cassandra-stress mirrors the quantiles too, so its "minimum" of an inverted distribution is the maximum
        assertEquals(10, inverted.minValue());
        assertEquals(1, inverted.maxValue());
    }

    @Test
    void sequenceStartsAtTheSeed()
    {
        final Sampler seq = Samplers.of(DistributionSpec.of(new Distribution.Seq(5, 9)));
        seq.setSeed(3);
        assertEquals(8, seq.next());
        assertEquals(9, seq.next());
        assertEquals(5, seq.next());
        assertEquals(5, seq.minValue());
        assertEquals(9, seq.maxValue());
    }

    private static void compareBound(final Distribution shape, final AbstractRealDistribution oracle, final long min,
        final long max)
    {
        compare(shape, oracle, v -> boundDouble(min, max, v), min, max, false);
    }

    private static void compareOffset(final Distribution shape, final AbstractRealDistribution oracle,
        final long min, final long max)
    {
        compare(shape, oracle, v -> min + Math.max(0, Math.min(v, max - min)), min, max, true);
    }

    private static void compare(final Distribution shape, final AbstractRealDistribution oracle,
        final DoubleUnaryOperator clamp, final long min, final long max, final boolean offset)
    {
        final Sampler sampler = Samplers.of(DistributionSpec.of(shape));
        for (long seed = 0; seed < SEEDS; seed++)
        {
            final long salted = seed * 0x9E3779B97F4A7C15L;
            sampler.setSeed(salted);
            oracle.reseedRandomGenerator(salted);
            for (int i = 0; i < DRAWS; i++)
            {
                final double v = oracle.sample();
                final long expected = offset ? min + Math.max(0, Math.min((long)v, max - min)) : bound(min, max, v);
                if ((i & 1) == 0)
                {
                    assertEquals(expected, sampler.next(), shape + " seed " + salted + " draw " + i);
                }
                else
                {
                    // commons-math's Weibull quantile uses FastMath's pow and log1p, a few ulps from the JDK's
                    final double expected2 = clamp.applyAsDouble(v);
                    assertEquals(expected2, sampler.nextDouble(), Math.abs(expected2) * 1e-13, shape + " seed " + salted);
                }
            }
        }
        int count = 0;
        double total = 0;
        for (float d = 0; d <= 1.0d; d += 0.02d)
        {
            final double q = oracle.inverseCumulativeProbability(d);
            final long expected = offset ? min + Math.max(0, Math.min((long)q, max - min)) : bound(min, max, q);
            assertEquals(expected, sampler.inverseCumProb(d), shape + " quantile " + d);
            total += expected;
            count++;
        }
        assertEquals((long)(total / count), sampler.average(), shape + " average");
        assertEquals(min, sampler.minValue());
        assertEquals(max, sampler.maxValue());
    }

    private static long bound(final long min, final long max, final double v)
    {
        final long r = (long)v;
        return Math.max(min, Math.min(max, r));
    }

    private static double boundDouble(final long min, final long max, final double v)
    {
        return v < min ? min : v > max ? max : v;
    }
}
