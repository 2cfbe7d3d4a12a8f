package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;
import io.jstress.workload.Lcg;

/**
 * EXP(min..max): min plus an exponential draw clamped to [0, max - min]. Draws follow commons-math's Ahrens-Dieter
 * (1972) sampler, so a seeded column gets cassandra-stress's values.
 */
final class ExponentialSampler extends Sampler
{
    /** q(i) = sum over k = 1..i+1 of ln(2)^k / k!, up to the first that reaches 1. */
    private static final double[] QI = qi();
    private final long min;
    private final long delta;
    private final double mean;
    private final Lcg random;

    ExponentialSampler(final long min, final long max, final double mean, final Lcg random,
        final InverseCdf quantiles)
    {
        super(quantiles);
        this.min = min;
        this.delta = max - min;
        this.mean = mean;
        this.random = random;
    }

    /** cassandra-stress's mean: the range ends at the 1 - sqrt(1 / (max - min)) quantile of EXP(1). */
    static double meanFor(final long min, final long max)
    {
        return (max - min) / -Math.log(1 - (1d - Math.sqrt(1d / (max - min))));
    }

    private static double[] qi()
    {
        final double ln2 = Math.log(2);
        final double[] table = new double[32];
        double q = 0;
        int n = 0;
        double factorial = 1;
        while (q < 1)
        {
            factorial *= n + 1;
            q += Math.pow(ln2, n + 1) / factorial;
            table[n++] = q;
        }
        final double[] exact = new double[n];
        System.arraycopy(table, 0, exact, 0, n);
        return exact;
    }

    private double sample()
    {
        double a = 0;
        double u = random.nextDouble();
        while (u < 0.5)
        {
            a += QI[0];
            u *= 2;
        }
        u += u - 1;
        if (u <= QI[0])
        {
            return mean * (a + u);
        }
        int i = 0;
        double u2 = random.nextDouble();
        double umin = u2;
        do
        {
            ++i;
            u2 = random.nextDouble();
            if (u2 < umin)
            {
                umin = u2;
            }
        }
        while (u > QI[i]);
        return mean * (a + umin * QI[0]);
    }

    @Override
    public long next()
    {
        return offset(min, delta, sample());
    }

    @Override
    public double nextDouble()
    {
        return offsetDouble(min, delta, sample());
    }


    @Override
    public void setSeed(final long seed)
    {
        random.setSeed(seed);
    }
}
