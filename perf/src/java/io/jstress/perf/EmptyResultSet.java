package io.jstress.perf;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.Row;

import java.util.Collections;
import java.util.concurrent.CompletionStage;

/** The reply to a write: no rows, one page. Shared by every completion, as it holds no state. */
final class EmptyResultSet implements AsyncResultSet
{
    @Override
    public ColumnDefinitions getColumnDefinitions()
    {
        throw new UnsupportedOperationException("the benchmark's writes have no result columns");
    }

    @Override
    public ExecutionInfo getExecutionInfo()
    {
        throw new UnsupportedOperationException("the benchmark has no server to report on");
    }

    @Override
    public int remaining()
    {
        return 0;
    }

    @Override
    public Iterable<Row> currentPage()
    {
        return Collections.emptyList();
    }

    @Override
    public boolean hasMorePages()
    {
        return false;
    }

    @Override
    public CompletionStage<AsyncResultSet> fetchNextPage()
    {
        throw new IllegalStateException("there is only one page");
    }

    @Override
    public boolean wasApplied()
    {
        return true;
    }
}
