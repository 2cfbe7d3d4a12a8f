package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import io.jstress.settings.CqlType;
import io.jstress.settings.TableShape;

import java.nio.ByteBuffer;

/**
 * Checks the rows a query returned against the partition the generators define: each row's clustering values
 * must be values of their level, and each value cell what the row's seed generates. What a write may leave
 * unseeded or partial is allowed: a null cell, a list that is prefixes of the generated list one after another
 * (each write appends), a set that is a subset; static and counter columns, and values holding a set or list
 * inside them, are not checked. One per in-flight
 * op and profile, with its own generators, so the driver thread that completes the op may run it.
 */
final class RowChecker
{
    private final PartitionModel model;
    private final int[] resultColumns;
    private final ClusteringLevel[] levels;
    private final long[] levelSeeds;
    private final Cell expected;
    private final CollectionCheck collections = new CollectionCheck();
    private Cell actual;

    /** @param resultColumns for each column of the query's result, its table column, or -1 */
    RowChecker(final PartitionModel model, final int[] resultColumns)
    {
        this.model = model;
        this.resultColumns = resultColumns;
        for (final ValueGenerator generator : model.values)
        {
            if (generator instanceof CollectionGenerator c)
            {
                c.largest = true;
            }
        }
        levels = new ClusteringLevel[model.clustering.length];
        for (int d = 0; d < levels.length; d++)
        {
            levels[d] = new ClusteringLevel(model.clustering[d], model.clusteringKind(d), model.order,
                new java.util.SplittableRandom());
        }
        levelSeeds = new long[levels.length];
        int largest = 0;
        for (int c = 0; c < model.columnCount(); c++)
        {
            largest = Math.max(largest, model.generator(c).maxLength());
        }
        actual = new Cell(largest);
        expected = new Cell(largest);
    }

    /** Whether every row of the result (its first page) fits the partition of the bound row. */
    boolean valid(final AsyncResultSet result, final Row bound)
    {
        fillLevels(bound);
        for (final com.datastax.oss.driver.api.core.cql.Row row : result.currentPage())
        {
            if (!validRow(row, bound))
            {
                return false;
            }
        }
        return true;
    }

    private void fillLevels(final Row bound)
    {
        long parent = partitionSeed(bound);
        for (int d = 0; d < levels.length; d++)
        {
            final ValueGenerator generator = model.clustering[d];
            generator.setSeed(parent);
            levels[d].clear();
            levels[d].fill(generator.clusterCount());
            levelSeeds[d] = levels[d].peek().mix(parent);
            parent = levelSeeds[d];
        }
    }

    private boolean validRow(final com.datastax.oss.driver.api.core.cql.Row row, final Row bound)
    {
        final int pk = model.partitionKey.length;
        Cell leaf = null;
        for (int i = 0; i < resultColumns.length; i++)
        {
            final int column = resultColumns[i];
            final ByteBuffer bytes = row.getBytesUnsafe(i);
            if (column >= 0 && column < pk && (bytes == null || !bound.cells[column].sameAs(bytes)))
            {
                return false;
            }
            if (column >= pk && column < pk + levels.length)
            {
                final Cell value = levels[column - pk].find(bytes);
                if (value == null)
                {
                    return false;
                }
                leaf = column - pk == levels.length - 1 ? value : leaf;
            }
        }
        if (levels.length > 0 && leaf == null)
        {
            return true;
        }
        final long rowSeed = levels.length == 0 ? partitionSeed(bound) : leaf.mix(levelSeeds[levels.length - 1]);
        for (int i = 0; i < resultColumns.length; i++)
        {
            final int column = resultColumns[i];
            if (column >= pk + levels.length && !validValue(row.getBytesUnsafe(i), column, rowSeed))
            {
                return false;
            }
        }
        return true;
    }

    private long partitionSeed(final Row bound)
    {
        long seed = 0;
        for (int i = 0; i < model.partitionKey.length; i++)
        {
            seed = bound.cells[i].mix(seed);
        }
        return seed;
    }

    private boolean validValue(final ByteBuffer returned, final int column, final long rowSeed)
    {
        final TableShape.Column shape = model.table.columns().get(column);
        final CqlType type = shape.type();
        if (returned == null || shape.isStatic() || type.kind() == CqlType.Kind.COUNTER
            || type.args().stream().anyMatch(RowChecker::holdsSetOrList))
        {
            // a set or list inside another value has an unseeded size of its own: nothing to compare it with
            return true;
        }
        final ValueGenerator generator = model.generator(column);
        generator.setSeed(rowSeed);
        generator.generate(expected);
        return switch (type.kind())
        {
            case SET -> collections.subset(copy(returned), expected);
            case LIST -> collections.prefixes(copy(returned), expected);
            default -> expected.sameAs(returned);
        };
    }

    private static boolean holdsSetOrList(final CqlType type)
    {
        return type.kind() == CqlType.Kind.SET || type.kind() == CqlType.Kind.LIST
            || type.args().stream().anyMatch(RowChecker::holdsSetOrList);
    }

    /** The returned bytes in a cell (a list written many times can outgrow the generator's largest value). */
    private Cell copy(final ByteBuffer from)
    {
        if (from.remaining() > actual.bytes.length)
        {
            actual = new Cell(from.remaining());
        }
        from.duplicate().get(actual.bytes, 0, from.remaining());
        actual.length = from.remaining();
        return actual;
    }
}
