package io.jstress.perf;

import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Distribution;
import io.jstress.settings.SchemaSettings;
import io.jstress.workload.Schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** cassandra-stress's write table (keyspace1.standard1, columns C0..), for any row shape. */
final class DefaultWrite
{
    private DefaultWrite()
    {
    }

    static ColumnSettings columns(final int count, final int size)
    {
        return new ColumnSettings(new Distribution.Fixed(count), new Distribution.Fixed(size), List.of());
    }

    static Schema schema(final ColumnSettings columns)
    {
        return new Schema(new SchemaSettings(SchemaSettings.DEFAULT_KEYSPACE, "SimpleStrategy", Map.of(),
            Optional.empty(), Optional.empty(), Optional.empty()), columns);
    }
}
