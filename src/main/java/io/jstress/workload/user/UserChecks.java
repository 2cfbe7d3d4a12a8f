package io.jstress.workload.user;

import io.jstress.settings.TableShape;
import io.jstress.settings.UserProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks a profile gets once its table is known from the cluster, each failing with one line. */
final class UserChecks
{
    private UserChecks()
    {
    }

    /** The table without the value columns jstress cannot generate (allowed only with skip-unsupported-columns). */
    static TableShape generatedColumns(final UserProfile profile, final TableShape table, final boolean skip,
        final List<String> warnings)
    {
        final List<TableShape.Column> keys = new ArrayList<>(table.partitionKey());
        keys.addAll(table.clustering());
        for (final TableShape.Column key : keys)
        {
            if (!key.type().generated())
            {
                throw new IllegalArgumentException(unsupported(profile, table, key));
            }
        }
        final List<TableShape.Column> kept = new ArrayList<>();
        for (final TableShape.Column column : table.regular())
        {
            if (column.type().generated())
            {
                kept.add(column);
            }
            else if (skip)
            {
                warnings.add("WARNING: " + unsupported(profile, table, column) + "; it is left out "
                    + "(-errors skip-unsupported-columns)");
            }
            else
            {
                throw new IllegalArgumentException(unsupported(profile, table, column)
                    + "; give -errors skip-unsupported-columns to leave it out");
            }
        }
        return new TableShape(table.name(), table.partitionKey(), table.clustering(), kept);
    }

    private static String unsupported(final UserProfile profile, final TableShape table, final TableShape.Column c)
    {
        return profile.source() + ": table " + table.name() + " has column " + c.name() + " of type "
            + c.type().cql() + ", which jstress cannot generate";
    }

    /** Every columnspec entry must name a column of the table as the cluster has it. */
    static void columnSpecs(final UserProfile profile, final TableShape table)
    {
        for (final String name : profile.columns().keySet())
        {
            if (table.column(name).isEmpty())
            {
                throw new IllegalArgumentException(profile.source() + ": columnspec names column '" + name
                    + "', which table " + profile.keyspace() + "." + table.name() + " does not have; its columns are: "
                    + String.join(", ", table.columns().stream().map(TableShape.Column::name).toList()));
            }
        }
    }

    /** A batch is one statement here, and a batch holds at most 65535 statements. */
    static void batchSize(final UserProfile profile, final PartitionModel model)
    {
        final double most = new Ratio(profile.insert().select()).max()
            * Math.max(profile.insert().partitions().max(), profile.insert().partitions().min()) * model.maxRowCount;
        if (most > InsertOp.MAX_BATCH)
        {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: its insert can make batches of up to "
                + "%.0f rows, and a batch holds at most %d; lower partitions:, select: or the cluster: "
                + "distributions", profile.source(), most, InsertOp.MAX_BATCH));
        }
    }

    /** cassandra-stress's "Generating batches with [a..b] partitions and [x..y] rows (of [..] total rows ...)". */
    static String batchLine(final UserProfile profile, final PartitionModel model)
    {
        final Ratio select = new Ratio(profile.insert().select());
        final long minPartitions = profile.insert().partitions().min();
        final long maxPartitions = profile.insert().partitions().max();
        return String.format(Locale.ROOT,
            "Generating batches with [%d..%d] partitions and [%.0f..%.0f] rows (of [%.0f..%.0f] total rows in the "
                + "partitions)", minPartitions, maxPartitions, select.min() * minPartitions * model.minRowCount,
            select.max() * maxPartitions * model.maxRowCount, minPartitions * model.minRowCount,
            maxPartitions * model.maxRowCount);
    }
}
