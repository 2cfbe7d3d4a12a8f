package io.jstress.workload;

import io.jstress.settings.Distribution;

import java.util.SplittableRandom;

/**
 * Population seeds for each op. A sequence is a pure function of the op index, so dispatchers that share the
 * index space visit each key once; the other distributions draw from a per-dispatcher generator.
 */
public final class KeySamplers
{
    /** cassandra-stress's EXP and EXTREME put the range's end at this cumulative probability. */
    static final double TAIL = 0.999;

    private KeySamplers()
    {
    }

    public static KeySampler of(final Distribution population, final long rngSeed)
    {
        if (population instanceof Distribution.Restricted r)
        {
            // a slice holds 1/K of the probability, so this takes K draws per key on average
            final KeySampler whole = of(r.whole(), rngSeed);
            final long first = r.min();
            final long last = r.max();
            return i ->
            {
                long seed;
                do
                {
                    seed = whole.seed(i);
                }
                while (seed < first || seed > last);
                return seed;
            };
        }
        final long min = population.min();
        final long max = population.max();
        final SplittableRandom random = new SplittableRandom(rngSeed);
        if (population instanceof Distribution.Seq)
        {
            final long range = max - min + 1;
            // 0..Long.MAX_VALUE holds more seeds than a long counts: no op index ever wraps it
            return range > 0 ? i -> min + Math.floorMod(i, range) : i -> min + i;
        }
        if (population instanceof Distribution.Fixed f)
        {
            return i -> f.value();
        }
        if (population instanceof Distribution.Gaussian g)
        {
            return i -> clamp(Math.round(g.mean() + g.stdev() * random.nextGaussian()), min, max);
        }
        if (population instanceof Distribution.Exp)
        {
            final double mean = (max - min) / -Math.log(1 - TAIL);
            return i -> clamp(min + (long)(random.nextExponential() * mean), min, max);
        }
        if (population instanceof Distribution.Extreme e)
        {
            final double scale = (max - min) / Math.pow(-Math.log(1 - TAIL), 1 / e.shape());
            return i -> clamp(min + (long)(scale * Math.pow(-Math.log(1 - random.nextDouble()), 1 / e.shape())), min,
                max);
        }
        // max + 1 overflows at Long.MAX_VALUE; seeds are never negative, so draw from one below and shift
        return max < Long.MAX_VALUE ? i -> random.nextLong(min, max + 1) : i -> random.nextLong(min - 1, max) + 1;
    }

    private static long clamp(final long v, final long min, final long max)
    {
        return Math.max(min, Math.min(max, v));
    }
}
