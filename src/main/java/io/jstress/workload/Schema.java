package io.jstress.workload;

import io.jstress.settings.ColumnSettings;
import io.jstress.settings.SchemaSettings;

import java.util.List;
import java.util.Map;

/** The DDL cassandra-stress issues for its predefined commands, statement for statement. */
public final class Schema
{
    public static final String STANDARD = "standard1";
    public static final String COUNTER = "counter1";

    private final SchemaSettings schema;
    private final List<String> columns;
    private final String writeOptions;

    public Schema(final SchemaSettings schema, final ColumnSettings columns)
    {
        this.schema = schema;
        this.columns = columnNames(columns);
        this.writeOptions = columns.timestamp().isPresent() ? " USING TIMESTAMP " + columns.timestamp().getAsLong() : "";
    }

    /** C0..C(n-1) unless -col names= gave them; n is the most columns a row can have. */
    public static List<String> columnNames(final ColumnSettings columns)
    {
        if (!columns.names().isEmpty())
        {
            return List.copyOf(columns.names());
        }
        final int n = (int)columns.count().max();
        final String[] names = new String[n];
        for (int i = 0; i < n; i++)
        {
            names[i] = "C" + i;
        }
        return List.of(names);
    }

    public String keyspace()
    {
        return schema.keyspace();
    }

    public List<String> columns()
    {
        return columns;
    }

    /** What follows a write's VALUES (...): -col timestamp= as USING TIMESTAMP, as cassandra-stress writes it. */
    public String writeOptions()
    {
        return writeOptions;
    }

    public String createKeyspace()
    {
        final StringBuilder b = new StringBuilder("CREATE KEYSPACE IF NOT EXISTS \"").append(schema.keyspace())
            .append("\" WITH replication = {'class': '").append(schema.replicationStrategy()).append('\'');
        if (schema.replicationOptions().isEmpty())
        {
            b.append(", 'replication_factor': '1'}");
        }
        else
        {
            appendOptions(b, schema.replicationOptions());
            b.append('}');
        }
        schema.storage().ifPresent(storage ->
        {
            b.append(" AND storage = {'type': '").append(storage.type()).append('\'');
            appendOptions(b, storage.options());
            b.append('}');
        });
        return b.append(" AND durable_writes = true").toString();
    }

    public String createStandardTable()
    {
        return createTable(STANDARD, "blob");
    }

    public String createCounterTable()
    {
        return createTable(COUNTER, "counter");
    }

    public String truncate(final String table)
    {
        return "TRUNCATE " + qualified(table);
    }

    /** keyspace."table", as every statement of the workload names it. */
    public String qualified(final String table)
    {
        return '"' + schema.keyspace() + "\"." + table;
    }

    private String createTable(final String table, final String type)
    {
        final StringBuilder b = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(qualified(table))
            .append(" (key blob PRIMARY KEY");
        for (final String column : columns)
        {
            b.append(", \"").append(column).append("\" ").append(type);
        }
        // cassandra-stress writes the pre-3.0 key 'sstable_compression', which Cassandra 5 rejects
        b.append(") WITH compression = {");
        schema.compression().ifPresent(c -> b.append("'class' : '").append(c).append('\''));
        b.append('}');
        schema.compaction().ifPresent(c ->
        {
            b.append(" AND compaction = { 'class' : '").append(c.strategy()).append('\'');
            appendOptions(b, c.options());
            b.append('}');
        });
        return b.toString();
    }

    private static void appendOptions(final StringBuilder b, final Map<String, String> options)
    {
        options.forEach((k, v) -> b.append(", '").append(k).append("' : '").append(v).append('\''));
    }
}
