package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * Sends one statement and calls back when it completes. In a run this is the driver's executeAsync; the seam
 * exists so the pipeline benchmark can complete ops on another thread without a server.
 */
@FunctionalInterface
public interface OpExecutor
{
    /** @return the pending request, so a timed run can cancel it at the deadline (null if not cancellable) */
    CompletableFuture<?> execute(Statement<?> statement, BiConsumer<? super AsyncResultSet, ? super Throwable> callback);

    static OpExecutor of(final CqlSession session)
    {
        return (statement, callback) ->
        {
            final CompletionStage<AsyncResultSet> stage = session.executeAsync(statement);
            stage.whenComplete(callback);
            return stage.toCompletableFuture();
        };
    }
}
