package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.token.Token;
import com.datastax.oss.driver.api.core.metadata.token.TokenRange;
import io.jstress.workload.WorkBudget;

import java.nio.ByteBuffer;

/**
 * A profile's token range query, as cassandra-stress's TokenRangeQuery reads: an op is one page of one range
 * (one partition of the budget), and each in-flight op context, like each cassandra-stress thread, keeps reading
 * its range page by page before it takes the next. A page counts its rows, and the partitions of the range it is
 * the first to return. In a warm-up a page is at most 100 rows and one page reads a range. Not thread-safe: one per
 * dispatcher; the ranges are shared by the phase.
 */
final class TokenRangeOp
{
    private static final int WARMUP_PAGE = 100;
    private final PreparedStatement statement;
    private final ConsistencyLevel consistency;
    private final TokenRanges ranges;
    private final int pageSize;
    private final boolean warmup;

    /** Where one op context is in its range, and which phase's ranges it came from. */
    static final class Cursor
    {
        private TokenRanges ranges;
        private TokenRange range;
        private ByteBuffer pagingState;
        private Token last;
    }

    TokenRangeOp(final PreparedStatement statement, final ConsistencyLevel consistency, final TokenRanges ranges,
        final int pageSize, final boolean warmup)
    {
        this.statement = statement;
        this.consistency = consistency;
        this.ranges = ranges;
        this.pageSize = warmup ? Math.min(WARMUP_PAGE, pageSize) : pageSize;
        this.warmup = warmup;
    }

    /** The next page of the cursor's range (or of the next range), or null when none can be read now. */
    Statement<?> next(final WorkBudget budget, final Cursor cursor, final UserBuffers result)
    {
        if (cursor.ranges != ranges)
        {
            // a range left unfinished in an earlier phase (its last page cut off) is not this phase's to finish
            cursor.range = null;
            cursor.pagingState = null;
            cursor.last = null;
            cursor.ranges = ranges;
        }
        if (cursor.range == null)
        {
            final TokenRange range = ranges.next();
            if (range == null)
            {
                if (ranges.finished())
                {
                    // every range was read: as each cassandra-stress thread then stops, so does the run
                    budget.spendAll();
                }
                return null;
            }
            cursor.range = range;
        }
        if (budget.take(1) <= 0)
        {
            return null;
        }
        result.tokenRange = this;
        return statement.boundStatementBuilder().setToken(0, cursor.range.getStart())
            .setToken(1, cursor.range.getEnd()).setPageSize(pageSize).setPagingState(cursor.pagingState)
            .setConsistencyLevel(consistency).build();
    }

    /** Counts a page's rows and new partitions (rows come in token order), then moves the cursor on. */
    void completed(final AsyncResultSet page, final Cursor cursor, final UserBuffers result)
    {
        result.rows = page.remaining();
        int partitions = 0;
        for (final Row row : page.currentPage())
        {
            final Token token = row.getToken(0);
            if (!token.equals(cursor.last))
            {
                partitions++;
                cursor.last = token;
            }
        }
        result.partitions = partitions;
        if (page.hasMorePages() && !warmup)
        {
            cursor.pagingState = page.getExecutionInfo().getPagingState();
            return;
        }
        cursor.range = null;
        cursor.pagingState = null;
        cursor.last = null;
        cursor.ranges.done();
    }
}
