package io.jstress.workload;

import java.util.SplittableRandom;

/** Picks each operation's op index by the command's ratio weights. Not thread-safe: one per dispatcher. */
public final class OpMix
{
    private final int[] ops;
    private final int[] cumulative;
    private final int total;
    private final SplittableRandom random;

    /** @param weights the weight of each op index; an op of weight 0 never runs */
    public OpMix(final int[] weights, final long seed)
    {
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
        return new OpMix(weights, 0);
    }

    public int next()
    {
        if (ops.length == 1)
        {
            return ops[0];
        }
        final int r = random.nextInt(total);
        int i = 0;
        while (r >= cumulative[i])
        {
            i++;
        }
        return ops[i];
    }
}
