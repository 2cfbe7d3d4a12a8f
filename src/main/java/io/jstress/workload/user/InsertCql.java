package io.jstress.workload.user;

import io.jstress.settings.CqlType;
import io.jstress.settings.TableShape;

import java.util.regex.Pattern;

/**
 * The insert statement of a profile, built as cassandra-stress builds it: UPDATE t SET c = ?,... WHERE k = ? AND ...
 * with counters and non-frozen collections as c = c + ?, or INSERT INTO t (k, ...) values(?, ...) for a table
 * that has only key columns. Names are quoted when they are not all lower case; the table is qualified by its
 * keyspace, so several profiles in different keyspaces can share a session.
 */
public final class InsertCql
{
    private static final Pattern LOWER = Pattern.compile("[a-z0-9_]+");

    private InsertCql()
    {
    }

    /** The statement for the table's generated columns (those skipped as unsupported are left out). */
    public static String of(final String keyspace, final TableShape table)
    {
        final String name = quote(keyspace) + "." + quote(table.name());
        final StringBuilder where = new StringBuilder();
        for (final TableShape.Column key : keys(table))
        {
            where.append(where.length() == 0 ? " WHERE " : " AND ").append(quote(key.name())).append(" = ?");
        }
        if (table.regular().isEmpty())
        {
            final StringBuilder columns = new StringBuilder();
            final StringBuilder values = new StringBuilder();
            for (final TableShape.Column key : keys(table))
            {
                columns.append(columns.length() == 0 ? "" : ", ").append(quote(key.name()));
                values.append(values.length() == 0 ? "?" : ", ?");
            }
            return "INSERT INTO " + name + " (" + columns + ") values(" + values + ")";
        }
        final StringBuilder set = new StringBuilder();
        for (final TableShape.Column column : table.regular())
        {
            set.append(set.length() == 0 ? "" : ",").append(quote(column.name())).append(" = ");
            final CqlType type = column.type();
            final boolean adds = type.kind() == CqlType.Kind.COUNTER || type.collection() && !type.frozen();
            set.append(adds ? quote(column.name()) + " + ?" : "?");
        }
        return "UPDATE " + name + " SET " + set + where;
    }

    private static java.util.List<TableShape.Column> keys(final TableShape table)
    {
        final java.util.List<TableShape.Column> keys = new java.util.ArrayList<>(table.partitionKey());
        keys.addAll(table.clustering());
        return keys;
    }

    /** cassandra-stress's quoteIdentifier: quoted unless made of lower-case letters, digits and underscores. */
    public static String quote(final String identifier)
    {
        return LOWER.matcher(identifier).matches() ? identifier : '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
