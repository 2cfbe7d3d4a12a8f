package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A table read back in a golden file's column order, each cell in hex ("-" for null), as the golden files hold rows. */
final class TableDump
{
    private TableDump()
    {
    }

    static List<String[]> rows(final CqlSession session, final String table, final GoldenRows layout)
    {
        final List<String> columns = layout.names().stream().map(InsertCql::quote).toList();
        final List<String[]> rows = new ArrayList<>();
        for (final Row row : session.execute("SELECT " + String.join(", ", columns) + " FROM " + table))
        {
            final String[] cells = new String[columns.size()];
            for (int i = 0; i < cells.length; i++)
            {
                final ByteBuffer b = row.getBytesUnsafe(i);
                if (b == null)
                {
                    cells[i] = "-";
                    continue;
                }
                final byte[] bytes = new byte[b.remaining()];
                b.duplicate().get(bytes);
                cells[i] = HexFormat.of().formatHex(bytes);
            }
            rows.add(cells);
        }
        return rows;
    }
}
