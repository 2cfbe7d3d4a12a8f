package io.jstress.workload;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.settings.OpType;

import java.util.List;
import java.util.Set;

/**
 * The CQL of each op type, prepared once per session (or sent as text with -mode unprepared). Binding uses
 * the RowBuffers' pre-built argument arrays, so our code adds no allocation; the bound statement is the
 * driver's own.
 */
public final class Statements
{
    private final String[] writeQueries;
    private final String readQuery;
    private final String counterWriteQuery;
    private final String counterReadQuery;
    private final PreparedStatement[] writes;
    private final PreparedStatement read;
    private final PreparedStatement counterWrite;
    private final PreparedStatement counterRead;

    /**
     * @param minColumns the fewest columns a written row has: write statements are prepared only for the counts
     *                   the run writes
     */
    private Statements(final Schema schema, final int minColumns, final CqlSession session, final Set<OpType> ops)
    {
        final List<String> columns = schema.columns();
        final String quoted = quotedList(columns);
        writeQueries = new String[columns.size() + 1];
        for (int c = 1; c <= columns.size(); c++)
        {
            writeQueries[c] = "INSERT INTO " + schema.qualified(Schema.STANDARD) + " (key, "
                + quotedList(columns.subList(0, c)) + ") VALUES (?" + ", ?".repeat(c) + ")" + schema.writeOptions();
        }
        readQuery = "SELECT " + quoted + " FROM " + schema.qualified(Schema.STANDARD) + " WHERE key = ?";
        final StringBuilder increments = new StringBuilder();
        for (final String column : columns)
        {
            increments.append(increments.length() == 0 ? "" : ", ")
                .append('"').append(column).append("\" = \"").append(column).append("\" + ?");
        }
        counterWriteQuery = "UPDATE " + schema.qualified(Schema.COUNTER) + " SET " + increments + " WHERE key = ?";
        counterReadQuery = "SELECT " + quoted + " FROM " + schema.qualified(Schema.COUNTER) + " WHERE key = ?";

        writes = new PreparedStatement[writeQueries.length];
        if (session != null && ops.contains(OpType.WRITE))
        {
            for (int c = Math.max(1, minColumns); c < writeQueries.length; c++)
            {
                writes[c] = session.prepare(writeQueries[c]);
            }
        }
        read = prepareIf(session, ops.contains(OpType.READ), readQuery);
        counterWrite = prepareIf(session, ops.contains(OpType.COUNTER_WRITE), counterWriteQuery);
        counterRead = prepareIf(session, ops.contains(OpType.COUNTER_READ), counterReadQuery);
    }

    public static Statements prepared(final Schema schema, final int minColumns, final CqlSession session,
        final Set<OpType> ops)
    {
        return new Statements(schema, minColumns, session, ops);
    }

    public static Statements unprepared(final Schema schema)
    {
        return new Statements(schema, 1, null, Set.of());
    }

    /** The statement for the op described by these buffers. */
    public Statement<?> bind(final RowBuffers row)
    {
        return switch (row.type)
        {
            case WRITE -> writes[row.columns] != null
                ? writes[row.columns].bind(row.writeArgs[row.columns])
                : SimpleStatement.newInstance(writeQueries[row.columns], row.writeArgs[row.columns]);
            case READ -> read != null
                ? read.bind(row.readArgs)
                : SimpleStatement.newInstance(readQuery, row.readArgs);
            case COUNTER_WRITE -> counterWrite != null
                ? counterWrite.bind(row.counterArgs)
                : SimpleStatement.newInstance(counterWriteQuery, row.counterArgs);
            case COUNTER_READ -> counterRead != null
                ? counterRead.bind(row.readArgs)
                : SimpleStatement.newInstance(counterReadQuery, row.readArgs);
        };
    }

    private static PreparedStatement prepareIf(final CqlSession session, final boolean wanted, final String query)
    {
        return session != null && wanted ? session.prepare(query) : null;
    }

    private static String quotedList(final List<String> columns)
    {
        final StringBuilder b = new StringBuilder();
        for (final String column : columns)
        {
            b.append(b.length() == 0 ? "" : ", ").append('"').append(column).append('"');
        }
        return b.toString();
    }
}
