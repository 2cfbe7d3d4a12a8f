package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import io.jstress.workload.OpBuffers;

import java.util.HexFormat;

/**
 * One in-flight user op: its rows (a pool per profile, kept until the request completes) and what it touched.
 * An insert touches the partitions and rows it wrote; a query one partition if it found any row, and the rows
 * it got back; a token range query the rows of its page and the partitions new in its range, as cassandra-stress
 * counts them. A lightweight transaction that was not applied is noted.
 */
public final class UserBuffers extends OpBuffers
{
    final RowPool[] pools;
    int partitions;
    int rows;
    /** The query this op runs, or null for an insert or a token range query. */
    QueryOp query;
    /** The token range query this op runs, or null. */
    TokenRangeOp tokenRange;
    int profile;
    /** The op's CQL under -log print-statements-on-error, else null. */
    String statementText;
    /** Each query op's checker, made the first time this context validates that op's result. */
    private RowChecker[] checkers = new RowChecker[0];
    /** Where this context is in each token range query op's current range. */
    private TokenRangeOp.Cursor[] cursors = new TokenRangeOp.Cursor[0];
    private boolean notApplied;

    UserBuffers(final RowPool[] pools)
    {
        this.pools = pools;
    }

    void start(final int op, final int profile)
    {
        this.op = op;
        this.profile = profile;
        this.tokenRange = null;
    }

    TokenRangeOp.Cursor cursor()
    {
        if (op >= cursors.length)
        {
            cursors = java.util.Arrays.copyOf(cursors, op + 1);
        }
        if (cursors[op] == null)
        {
            cursors[op] = new TokenRangeOp.Cursor();
        }
        return cursors[op];
    }

    @Override
    public String statementText()
    {
        return statementText;
    }

    @Override
    public boolean complete(final AsyncResultSet result, final boolean validate)
    {
        notApplied = query != null && query.conditional() && !result.wasApplied();
        if (tokenRange != null)
        {
            tokenRange.completed(result, cursor(), this);
            return true;
        }
        if (query == null)
        {
            return true;
        }
        rows = result.remaining();
        partitions = Math.min(1, rows);
        if (!validate || rows == 0)
        {
            return true;
        }
        final RowChecker checker = checker();
        return checker == null || checker.valid(result, pools[profile].row(0));
    }

    private RowChecker checker()
    {
        if (op >= checkers.length)
        {
            checkers = java.util.Arrays.copyOf(checkers, op + 1);
        }
        if (checkers[op] == null)
        {
            checkers[op] = query.newChecker();
        }
        return checkers[op];
    }

    @Override
    public int partitions()
    {
        return partitions;
    }

    @Override
    public int rows()
    {
        return rows;
    }

    @Override
    public boolean notApplied()
    {
        return notApplied;
    }

    /** The partition key of the op's first row, each key column in hex, as the line of an op that failed shows it. */
    @Override
    public String keys()
    {
        final Row row = pools[profile].row(0);
        final StringBuilder b = new StringBuilder();
        for (int i = 0; i < pools[profile].model().partitionKey.length; i++)
        {
            final Cell cell = row.cells[i];
            b.append(i == 0 ? "" : "|").append(HexFormat.of().formatHex(cell.bytes, 0, cell.length));
        }
        return b.toString();
    }
}
