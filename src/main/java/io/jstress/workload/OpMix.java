package io.jstress.workload;

import io.jstress.workload.dist.Sampler;

import java.util.SplittableRandom;

/**
 * Picks each operation's op index by the command's ratio weights, as cassandra-stress's SampledOpDistribution: an
 * op type is drawn by weight, then kept for a run of clustering= ops. Not thread-safe: one per dispatcher.
 */
public final class OpMix
{
    private final int[] ops;
    private final int[] cumulative;
    private final int total;
    private final SplittableRandom random;
    private final Sampler clustering;
    private int current;
    private long remaining;

    /**
     * @param weights    the weight of each op index; an op of weight 0 never runs
     * @param clustering the length of each run of one op index (null only when one op has weight)
     */
    public OpMix(final int[] weights, final Sampler clustering, final long seed)
    {
        this.clustering = clustering;
        int count = 0;
        for (final int w : weights)
        {
            count += w > 0 ? 1 : 0;
        }
        if (count == 0)
        {
            throw new IllegalArgumentException("the ratio has no op with a positive weight");
        }
        ops = new int[count];
        cumulative = new int[count];
        int i = 0;
        int sum = 0;
        for (int op = 0; op < weights.length; op++)
        {
            if (weights[op] > 0)
            {
                sum += weights[op];
                ops[i] = op;
                cumulative[i++] = sum;
            }
        }
        total = sum;
        random = new SplittableRandom(seed);
    }

    /** A mix that always picks op. */
    public static OpMix only(final int op)
    {
        final int[] weights = new int[op + 1];
        weights[op] = 1;
        return new OpMix(weights, null, 0);
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
        final int r = random.nextInt(total);
        int i = 0;
        while (r >= cumulative[i])
        {
            i++;
        }
        return ops[i];
    }
}
