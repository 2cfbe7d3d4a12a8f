package io.jstress.workload.user;

import io.jstress.settings.ColumnSpec;
import io.jstress.settings.TableShape;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table's generators, as cassandra-stress's PartitionGenerator holds them: one per partition key column, per
 * clustering column and per other column, plus the average number of rows under each clustering level, which
 * steers how a partition is walked. One per dispatcher and op: generators keep state between draws.
 */
final class PartitionModel
{
    final TableShape table;
    final ValueGenerator[] partitionKey;
    final ValueGenerator[] clustering;
    final ValueGenerator[] values;
    /** componentAverages[i]: the average count of level i; descendantAverages[i]: rows under one value of level i. */
    final int[] componentAverages;
    final int[] descendantAverages;
    final double maxRowCount;
    final double minRowCount;
    final ClusteringLevel.Order order;
    private final Map<String, ColumnSpec> specs;

    PartitionModel(final TableShape table, final Map<String, ColumnSpec> specs, final ClusteringLevel.Order order)
    {
        this.table = table;
        this.order = order;
        this.specs = specs;
        partitionKey = generators(table.partitionKey(), specs);
        clustering = generators(table.clustering(), specs);
        values = generators(table.regular(), specs);
        componentAverages = new int[clustering.length];
        descendantAverages = new int[clustering.length];
        for (int i = 0; i < clustering.length; i++)
        {
            componentAverages[i] = (int)clustering[i].clusterSampler().average();
        }
        for (int i = descendantAverages.length - 1; i >= 0; i--)
        {
            descendantAverages[i] = i < descendantAverages.length - 1
                ? componentAverages[i + 1] * descendantAverages[i + 1] : 1;
        }
        double max = 1d;
        double min = 1d;
        for (final ValueGenerator c : clustering)
        {
            max *= c.clusterSampler().maxValue();
            min *= c.clusterSampler().minValue();
        }
        maxRowCount = max;
        minRowCount = min;
    }

    private static ValueGenerator[] generators(final List<TableShape.Column> columns, final Map<String, ColumnSpec> specs)
    {
        final ValueGenerator[] generators = new ValueGenerator[columns.size()];
        for (int i = 0; i < generators.length; i++)
        {
            final TableShape.Column column = columns.get(i);
            final Optional<ColumnSpec> spec = Optional.ofNullable(specs.get(column.name()));
            generators[i] = ValueGenerators.of(column.name(), column.type(), GeneratorConfig.of(column.name(),
                spec.flatMap(ColumnSpec::size), spec.flatMap(ColumnSpec::population), spec.flatMap(ColumnSpec::cluster)));
        }
        return generators;
    }

    /** A model with generators of its own, for another thread. */
    PartitionModel copy()
    {
        return new PartitionModel(table, specs, order);
    }

    /** The CQL type kind of clustering column i. */
    io.jstress.settings.CqlType.Kind clusteringKind(final int i)
    {
        return table.clustering().get(i).type().kind();
    }

    /** Columns in row order: partition key, clustering, then the others. */
    int columnCount()
    {
        return partitionKey.length + clustering.length + values.length;
    }

    ValueGenerator generator(final int column)
    {
        if (column < partitionKey.length)
        {
            return partitionKey[column];
        }
        final int c = column - partitionKey.length;
        return c < clustering.length ? clustering[c] : values[c - clustering.length];
    }

    /** The index of a column by its internal name, or -1. */
    int indexOf(final String name)
    {
        return table.columns().stream().map(TableShape.Column::name).toList().indexOf(name);
    }
}
