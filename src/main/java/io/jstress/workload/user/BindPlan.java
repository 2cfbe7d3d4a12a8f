package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.jstress.settings.TableShape;

/**
 * Which generated column fills each bind marker of a prepared statement: markers are matched to columns by name,
 * as cassandra-stress matches them (so "IF status = ?" binds the row's status).
 */
final class BindPlan
{
    final int[] columns;
    final boolean[] partitionKey;
    private final TableShape shape;
    private final String table;
    private final int keyColumns;

    private BindPlan(final int[] columns, final boolean[] partitionKey, final TableShape shape)
    {
        this.columns = columns;
        this.partitionKey = partitionKey;
        this.shape = shape;
        this.table = shape.name();
        this.keyColumns = shape.partitionKey().size();
    }

    /** @throws IllegalArgumentException naming the first marker that is not a column of the table */
    static BindPlan of(final PreparedStatement statement, final TableShape table, final String op)
    {
        final int n = statement.getVariableDefinitions().size();
        final int[] columns = new int[n];
        final boolean[] keys = new boolean[n];
        for (int i = 0; i < n; i++)
        {
            final ColumnDefinition marker = statement.getVariableDefinitions().get(i);
            final String name = marker.getName().asInternal();
            columns[i] = indexOf(table, name);
            if (columns[i] < 0)
            {
                throw new IllegalArgumentException(op + ": bind marker " + (i + 1) + " is '" + name + "', which is not "
                    + "a column of " + table.name() + "; every ? must stand for a column of the table (write "
                    + "other values, such as USING TTL, as literals)");
            }
            keys[i] = columns[i] < table.partitionKey().size();
        }
        return new BindPlan(columns, keys, table);
    }

    private static int indexOf(final TableShape table, final String name)
    {
        final java.util.List<TableShape.Column> all = table.columns();
        for (int i = 0; i < all.size(); i++)
        {
            if (all.get(i).name().equals(name))
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a query's result can be checked against: the table column of each result column, when the query binds
     * every partition key column (so its rows belong to the bound partition) and returns table columns, not the
     * [applied] row of a lightweight transaction; otherwise null.
     */
    int[] resultColumns(final PreparedStatement statement)
    {
        final int n = statement.getResultSetDefinitions().size();
        if (n == 0 || statement.getResultSetDefinitions().get(0).getName().asInternal().equals("[applied]"))
        {
            return null;
        }
        for (int k = 0; k < keyColumns; k++)
        {
            boolean bound = false;
            for (final int column : columns)
            {
                bound |= column == k;
            }
            if (!bound)
            {
                return null;
            }
        }
        final int[] result = new int[n];
        for (int i = 0; i < n; i++)
        {
            final var definition = statement.getResultSetDefinitions().get(i);
            result[i] = definition.getTable().asInternal().equals(table) ? indexOf(shape, definition.getName()
                .asInternal()) : -1;
        }
        return result;
    }

    int size()
    {
        return columns.length;
    }
}
