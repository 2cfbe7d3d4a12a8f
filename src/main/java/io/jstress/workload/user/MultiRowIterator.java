package io.jstress.workload.user;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A partition with clustering columns, walked as cassandra-stress's MultiRowIterator walks it. Each level holds
 * the distinct values of its clustering column, generated from the seed of the level above (every parent of a
 * level gets the same children); a row's values are seeded by its leaf value mixed into the leaf level's seed.
 * A write descends into each value with chance select times the rows expected below it, adjusted by the odds
 * already beaten on the way down, and stops at the last row a visit is allowed to reach, reproducing
 * cassandra-stress's choices (and their quirks) step for step.
 */
final class MultiRowIterator extends PartitionIterator
{
    private final ClusteringLevel[] levels;
    private final long[] clusteringSeeds;
    private final double[] chancemodifier;
    private final double[] rollmodifier;
    private final int[] currentRow;
    private final int[] lastRow;
    private double useChance;
    private boolean hasNext;
    private long position;

    MultiRowIterator(final PartitionModel model, final SplittableRandom random)
    {
        super(model, random);
        final int depth = model.clustering.length;
        levels = new ClusteringLevel[depth];
        for (int i = 0; i < depth; i++)
        {
            levels[i] = new ClusteringLevel(model.clustering[i], model.clusteringKind(i), model.order, random);
        }
        clusteringSeeds = new long[depth];
        chancemodifier = new double[depth];
        rollmodifier = new double[depth];
        currentRow = new int[depth];
        lastRow = new int[depth];
        rollmodifier[0] = 1f;
        chancemodifier[0] = model.descendantAverages[0];
    }

    @Override
    boolean resetForWrite(final long seed, final double chance)
    {
        setSeed(seed);
        firstComponentCount();
        setUseChance(chance);
        position = 0;
        while (true)
        {
            clearAndFill();
            // one visit per partition: a visit may reach every row the partition can hold
            final int count = 1 + (int)model.maxRowCount;
            final long start = position;
            position += count;
            setLastRow((int)(start + count - 1));
            final State state = seek((int)start);
            if (state != State.AFTER_LIMIT)
            {
                return state == State.SUCCESS;
            }
        }
    }

    @Override
    boolean resetForRead(final long seed, final int targetCount)
    {
        setSeed(seed);
        final int firstCount = firstComponentCount();
        Arrays.fill(lastRow, Integer.MAX_VALUE);
        final int expected = firstCount * model.descendantAverages[0];
        setUseChance(Math.max(0d, Math.min(1d, targetCount / (double)expected)));
        clearAndFill();
        return seek(0) == State.SUCCESS;
    }

    /** Draws the first level's count before it is filled, as cassandra-stress does (the fill reseeds anyway). */
    private int firstComponentCount()
    {
        model.clustering[0].setSeed(idseed);
        return model.clustering[0].clusterCount();
    }

    private void clearAndFill()
    {
        for (final ClusteringLevel level : levels)
        {
            level.clear();
        }
        fill(0);
    }

    private void setUseChance(final double chance)
    {
        if (useChance < 1d)
        {
            Arrays.fill(rollmodifier, 1d);
            Arrays.fill(chancemodifier, 1d);
        }
        useChance = chance;
    }

    /** The values of level depth, from the seed of the first value of the level above (or the partition). */
    private void fill(final int depth)
    {
        final long seed = depth == 0 ? idseed : clusteringSeeds[depth - 1];
        final ValueGenerator generator = model.clustering[depth];
        generator.setSeed(seed);
        levels[depth].fill(generator.clusterCount());
        clusteringSeeds[depth] = levels[depth].peek().mix(seed);
    }

    @Override
    boolean hasNext()
    {
        return hasNext;
    }

    @Override
    void next(final Row into)
    {
        final int leaf = levels.length - 1;
        copyKey(into);
        for (int d = 0; d <= leaf; d++)
        {
            into.cells[key.length + d].copyFrom(levels[d].peek());
        }
        values(into, levels[leaf].peek().mix(clusteringSeeds[leaf]));
        hasNext = advance(leaf, false);
    }

    private enum State
    {
        END_OF_PARTITION, AFTER_LIMIT, SUCCESS
    }

    private State setHasNext(final boolean next)
    {
        hasNext = next;
        if (next)
        {
            return State.SUCCESS;
        }
        return levels[0].isEmpty() ? State.END_OF_PARTITION : State.AFTER_LIMIT;
    }

    private State seek(final int scalar)
    {
        if (scalar == 0)
        {
            currentRow[0] = -1;
            levels[0].pushSentinel();
            return setHasNext(advance(0, true));
        }
        decompose(scalar, currentRow);
        return seekToCurrentRow();
    }

    private State seekToCurrentRow()
    {
        final int[] pos = currentRow;
        for (int i = 0; i < pos.length; i++)
        {
            if (i != 0)
            {
                fill(i);
            }
            for (int c = pos[i]; c > 0; c--)
            {
                levels[i].poll();
            }
            if (levels[i].isEmpty())
            {
                int j = i;
                while (true)
                {
                    if (--j < 0)
                    {
                        return setHasNext(false);
                    }
                    levels[j].poll();
                    if (!levels[j].isEmpty())
                    {
                        break;
                    }
                }
                pos[j]++;
                Arrays.fill(pos, j + 1, pos.length, 0);
                while (j < i)
                {
                    fill(++j);
                }
            }
        }
        if (compareToLastRow(currentRow.length - 1) > 0)
        {
            return setHasNext(false);
        }
        pos[pos.length - 1]--;
        levels[pos.length - 1].pushSentinel();
        return setHasNext(advance(pos.length - 1, true));
    }

    private void setLastRow(final int scalar)
    {
        if (scalar < 0)
        {
            throw new IllegalStateException("negative row position " + scalar);
        }
        decompose(scalar, lastRow);
    }

    /** A scalar row position as a position per level, from the average counts. */
    private void decompose(final int scalar, final int[] decomposed)
    {
        int rest = scalar;
        for (int i = 0; i < decomposed.length; i++)
        {
            final int avg = model.descendantAverages[i];
            decomposed[i] = rest / avg;
            rest %= avg;
        }
        for (int i = lastRow.length - 1; i > 0; i--)
        {
            final int avg = model.componentAverages[i];
            if (decomposed[i] >= avg)
            {
                decomposed[i - 1] += decomposed[i] / avg;
                decomposed[i] %= avg;
            }
        }
    }

    /** 0 when on the last row allowed, 1 after it, -1 before it (as far as depth tells). */
    private int compareToLastRow(final int depth)
    {
        int prev = 0;
        for (int i = 0; i <= depth; i++)
        {
            final int p = currentRow[i];
            final int l = lastRow[i];
            final int r = levels[i].remaining();
            if (prev < 0)
            {
                if (r > 1)
                {
                    return -1;
                }
            }
            else if (p > l)
            {
                return 1;
            }
            else if (p == l)
            {
                continue;
            }
            else if (r == 1)
            {
                prev = p - l;
            }
            else
            {
                return -1;
            }
        }
        return 0;
    }

    private boolean advance(final int from, final boolean first)
    {
        int depth = from;
        levels[depth].poll();
        currentRow[depth]++;
        while (true)
        {
            if (levels[depth].isEmpty())
            {
                if (depth == 0)
                {
                    return false;
                }
                depth--;
                levels[depth].poll();
                if (++currentRow[depth] > lastRow[depth])
                {
                    return false;
                }
                continue;
            }
            final int compare = compareToLastRow(depth);
            if (compare > 0)
            {
                return false;
            }
            final boolean forceReturnOne = first && compare == 0;
            final double chance = useChance * chancemodifier[depth];
            if (forceReturnOne || chance > 0.99999f || chance >= random.nextDouble())
            {
                depth++;
                if (depth == levels.length)
                {
                    return true;
                }
                if (useChance < 1d)
                {
                    rollmodifier[depth] = rollmodifier[depth - 1] / Math.min(1d, chance);
                    chancemodifier[depth] = model.descendantAverages[depth] * rollmodifier[depth];
                }
                currentRow[depth] = 0;
                fill(depth);
                continue;
            }
            if (compare >= 0)
            {
                return false;
            }
            levels[depth].poll();
            currentRow[depth]++;
        }
    }
}
