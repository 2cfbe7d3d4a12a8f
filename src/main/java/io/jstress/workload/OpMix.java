package io.jstress.workload;

import io.jstress.workload.dist.Sampler;

import java.util.SplittableRandom;

/**
 * Picks each operation's op index by the command's ratio weights, as cassandra-stress's SampledOpDistribution: an
 * op drawn by weight, then kept for a run of clustering= ops, so a short run may never reach a rare op. Serves
 * the predefined mixed command and user profiles' ops(...) alike. Not thread-safe: one per dispatcher.
 */
public final class OpMix
{
    private final int[] ops;
    private final double[] cumulative;
    private final SplittableRandom random;
    private final Sampler clustering;
    private int current;
    private long remaining;

    /**
     * @param weights    the weight of each op index; an op of weight 0 never runs
     * @param clustering the length of each run of one op index (null only when one op has weight)
     */
    public OpMix(final double[] weights, final Sampler clustering, final SplittableRandom random)
    {
        this.clustering = clustering;
        this.random = random;
        int count = 0;
        double total = 0;
        for (final double w : weights)
        {
            count += w > 0 ? 1 : 0;
            total += Math.max(0, w);
        }
        if (count == 0)
        {
            throw new IllegalArgumentException("the ratio has no op with a positive weight");
        }
        ops = new int[count];
        cumulative = new double[count];
        int i = 0;
        double sum = 0;
        for (int op = 0; op < weights.length; op++)
        {
            if (weights[op] > 0)
            {
                sum += weights[op] / total;
                ops[i] = op;
                cumulative[i++] = sum;
            }
        }
    }

    /** A mix that always picks op. */
    public static OpMix only(final int op)
    {
        final double[] weights = new double[op + 1];
        weights[op] = 1;
        return new OpMix(weights, null, new SplittableRandom(0));
    }

    public int next()
    {
        if (ops.length == 1)
        {
            return ops[0];
        }
        while (remaining <= 0)
        {
            remaining = clustering.next();
            current = draw();
        }
        remaining--;
        return current;
    }

    private int draw()
    {
        final double r = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++)
        {
            if (r < cumulative[i])
            {
                return ops[i];
            }
        }
        return ops[ops.length - 1];
    }
}
