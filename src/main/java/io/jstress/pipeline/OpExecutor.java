package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;

import java.util.concurrent.CompletionStage;

/** Sends one statement; in a run this is CqlSession::executeAsync. */
@FunctionalInterface
public interface OpExecutor
{
    CompletionStage<AsyncResultSet> execute(Statement<?> statement);
}
