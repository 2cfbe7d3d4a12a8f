package io.jstress.workload;

import io.jstress.settings.OpType;

import java.util.Map;
import java.util.SplittableRandom;

/** Picks the op type of each operation with the command's ratio weights. Not thread-safe: one per dispatcher. */
public final class OpMix
{
    private final OpType[] types;
    private final int[] cumulative;
    private final int count;
    private final int total;
    private final SplittableRandom random;

    public OpMix(final Map<OpType, Integer> ratio, final long seed)
    {
        types = new OpType[ratio.size()];
        cumulative = new int[ratio.size()];
        int i = 0;
        int sum = 0;
        for (final OpType type : OpType.values())
        {
            final Integer weight = ratio.get(type);
            if (weight != null && weight > 0)
            {
                sum += weight;
                types[i] = type;
                cumulative[i++] = sum;
            }
        }
        if (i == 0)
        {
            throw new IllegalArgumentException("the ratio has no op type with a positive weight");
        }
        count = i;
        total = sum;
        random = new SplittableRandom(seed);
    }

    public OpType next()
    {
        if (count == 1)
        {
            return types[0];
        }
        final int r = random.nextInt(total);
        int i = 0;
        while (r >= cumulative[i])
        {
            i++;
        }
        return types[i];
    }
}
