package io.jstress.workload.user;

import java.util.SplittableRandom;

/**
 * Walks the rows of one partition, as cassandra-stress's PartitionIterator does: the population seed makes the
 * partition key, the key values make the partition's seed, and the rows follow from it. Which rows a write
 * visits when select is below 1, and which rows a query binds, come from an unseeded random, as in
 * cassandra-stress. Not thread-safe; one per partition slot of an operation, reused.
 */
abstract class PartitionIterator
{
    final PartitionModel model;
    final Cell[] key;
    final SplittableRandom random;
    long idseed;
    /**
     * The share of value columns a write fills, drawn per partition from row-population-ratio; the columns past
     * it are written null, as cassandra-stress writes them. Reads leave it at 1.
     */
    double rowPopulation = 1d;

    PartitionIterator(final PartitionModel model, final SplittableRandom random)
    {
        this.model = model;
        this.random = random;
        key = new Cell[model.partitionKey.length];
        for (int i = 0; i < key.length; i++)
        {
            key[i] = new Cell(model.partitionKey[i].maxLength());
        }
    }

    static PartitionIterator of(final PartitionModel model, final SplittableRandom random)
    {
        return model.clustering.length > 0 ? new MultiRowIterator(model, random) : new SingleRowIterator(model, random);
    }

    /** Generates the partition key of this population seed, and the partition's own seed from it. */
    final void setSeed(final long seed)
    {
        long id = 0;
        for (int i = 0; i < key.length; i++)
        {
            final ValueGenerator generator = model.partitionKey[i];
            generator.setSeed(seed);
            generator.generate(key[i]);
            id = key[i].mix(id);
        }
        idseed = id;
    }

    /** Prepares a write of this partition visiting each row with chance useChance; false if it has no row to write. */
    abstract boolean resetForWrite(long seed, double useChance);

    /** Prepares a read that wants about targetCount rows; false if none could be picked. */
    abstract boolean resetForRead(long seed, int targetCount);

    abstract boolean hasNext();

    /** Writes the next row into the given row. */
    abstract void next(Row into);

    final void copyKey(final Row into)
    {
        for (int i = 0; i < key.length; i++)
        {
            into.cells[i].copyFrom(key[i]);
        }
    }

    /**
     * The non-key columns of a row, each generated from the row's seed; the (i+1)th of n is left null when
     * (i+1)/n exceeds the row-population share, as cassandra-stress decides it.
     */
    final void values(final Row into, final long rowSeed)
    {
        final int first = key.length + model.clustering.length;
        for (int i = 0; i < model.values.length; i++)
        {
            final Cell cell = into.cells[first + i];
            cell.absent = (i + 1d) / model.values.length > rowPopulation;
            if (!cell.absent)
            {
                final ValueGenerator generator = model.values[i];
                generator.setSeed(rowSeed);
                generator.generate(cell);
            }
        }
    }
}
