package io.jstress.workload.user;

import java.util.SplittableRandom;

/** A table without clustering columns: one row per partition, its values seeded by the partition's seed. */
final class SingleRowIterator extends PartitionIterator
{
    private boolean done;

    SingleRowIterator(final PartitionModel model, final SplittableRandom random)
    {
        super(model, random);
    }

    @Override
    boolean resetForWrite(final long seed, final double useChance)
    {
        setSeed(seed);
        done = false;
        return true;
    }

    @Override
    boolean resetForRead(final long seed, final int targetCount)
    {
        return resetForWrite(seed, 1d);
    }

    @Override
    boolean hasNext()
    {
        return !done;
    }

    @Override
    void next(final Row into)
    {
        copyKey(into);
        values(into, idseed);
        done = true;
    }
}
