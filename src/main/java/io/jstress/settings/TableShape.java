package io.jstress.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A table's columns as the generators see them: the partition key and clustering columns in key order, then the
 * other columns (static or not). Names are Cassandra's internal names: case-sensitive, without quotes.
 */
public record TableShape(String name, List<Column> partitionKey, List<Column> clustering, List<Column> regular)
{
    /** One column; static only for non-key columns. */
    public record Column(String name, CqlType type, boolean isStatic)
    {
    }

    public TableShape
    {
        partitionKey = List.copyOf(partitionKey);
        clustering = List.copyOf(clustering);
        regular = List.copyOf(regular);
    }

    /** Every column: key columns first, then the others. */
    public List<Column> columns()
    {
        final List<Column> all = new ArrayList<>(partitionKey);
        all.addAll(clustering);
        all.addAll(regular);
        return all;
    }

    public Optional<Column> column(final String columnName)
    {
        return columns().stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
