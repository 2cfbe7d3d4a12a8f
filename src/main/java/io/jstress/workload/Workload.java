package io.jstress.workload;

import com.datastax.oss.driver.api.core.cql.Statement;

/**
 * Turns op indices into statements for one dispatcher. Not thread-safe: each dispatcher owns one, so
 * generation needs no coordination.
 */
public interface Workload
{
    /** Buffers for one in-flight op; the dispatcher makes one per op context. */
    OpBuffers newBuffers();

    /**
     * Fills the buffers (made by this workload's newBuffers) for op opIndex and returns its statement.
     *
     * @return null when the run's budget of partitions is spent: the op is not sent
     */
    Statement<?> next(long opIndex, OpBuffers buffers);
}
