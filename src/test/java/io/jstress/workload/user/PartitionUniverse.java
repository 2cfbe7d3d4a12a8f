package io.jstress.workload.user;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Every row a partition can hold, whichever rows a write happens to visit: each clustering level's values (the
 * same under every parent, as cassandra-stress seeds them) combined, with each row's values seeded by its leaf.
 */
final class PartitionUniverse
{
    private final PartitionModel model;
    private final PartitionIterator iterator;

    PartitionUniverse(final PartitionModel model)
    {
        this.model = model;
        this.iterator = PartitionIterator.of(model, new SplittableRandom(7));
    }

    List<Row> rows(final long seed)
    {
        final List<Row> rows = new ArrayList<>();
        if (model.clustering.length == 0)
        {
            iterator.resetForWrite(seed, 1d);
            final Row row = new Row(model);
            iterator.next(row);
            rows.add(row);
            return rows;
        }
        iterator.setSeed(seed);
        final int depth = model.clustering.length;
        final List<List<Cell>> levels = new ArrayList<>();
        final long[] levelSeeds = new long[depth];
        long parent = iterator.idseed;
        for (int d = 0; d < depth; d++)
        {
            final ValueGenerator generator = model.clustering[d];
            generator.setSeed(parent);
            final ClusteringLevel level = new ClusteringLevel(generator, model.clusteringKind(d), model.order, new SplittableRandom(3));
            level.fill(generator.clusterCount());
            levelSeeds[d] = level.peek().mix(parent);
            parent = levelSeeds[d];
            final List<Cell> values = new ArrayList<>();
            while (!level.isEmpty())
            {
                final Cell copy = new Cell(generator.maxLength());
                copy.copyFrom(level.peek());
                values.add(copy);
                level.poll();
            }
            levels.add(values);
        }
        combine(levels, new int[depth], 0, levelSeeds[depth - 1], rows);
        return rows;
    }

    private void combine(final List<List<Cell>> levels, final int[] at, final int depth, final long leafSeed,
        final List<Row> rows)
    {
        if (depth == levels.size())
        {
            final Row row = new Row(model);
            iterator.copyKey(row);
            for (int d = 0; d < at.length; d++)
            {
                row.cells[model.partitionKey.length + d].copyFrom(levels.get(d).get(at[d]));
            }
            iterator.values(row, levels.get(at.length - 1).get(at[at.length - 1]).mix(leafSeed));
            rows.add(row);
            return;
        }
        for (int i = 0; i < levels.get(depth).size(); i++)
        {
            at[depth] = i;
            combine(levels, at, depth + 1, leafSeed, rows);
        }
    }
}
