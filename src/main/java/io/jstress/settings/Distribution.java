package io.jstress.settings;

/**
 * A cassandra-stress distribution: FIXED(v), UNIFORM(a..b), GAUSSIAN(a..b[,stdvrng]) or GAUSSIAN(a..b,mean,stdev),
 * EXP(a..b), EXTREME(a..b,shape), SEQ(a..b). Gaussian samples are clamped to [min, max].
 */
public sealed interface Distribution
{
    long min();

    long max();

    record Fixed(long value) implements Distribution
    {
        public long min()
        {
            return value;
        }

        public long max()
        {
            return value;
        }
    }

    record Uniform(long min, long max) implements Distribution
    {
    }

    record Gaussian(long min, long max, double mean, double stdev) implements Distribution
    {
    }

    record Exp(long min, long max) implements Distribution
    {
    }

    record Extreme(long min, long max, double shape) implements Distribution
    {
    }

    record Seq(long min, long max) implements Distribution
    {
    }

    /** whole, restricted to the keys in [min, max]: one loader's slice of a population under -split. */
    record Restricted(Distribution whole, long min, long max) implements Distribution
    {
    }
}
