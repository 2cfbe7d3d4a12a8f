package io.jstress.workload;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;

/**
 * What one in-flight operation's workload keeps for it: which op it is, the bytes the driver encodes from and
 * what a successful result must hold. One per op context, made by its workload and reused op after op, because
 * the driver may share these buffers until the request completes.
 */
public abstract class OpBuffers
{
    /** The op's kind: its index into the plan's op names. */
    protected int op;

    public final int op()
    {
        return op;
    }

    /**
     * Counts what a successful result touched and, when asked, checks it holds what the op expects. Called on
     * the thread that completed the request; the result is not read afterwards.
     *
     * @return false when validate is set and the result is not what the op wrote or expects
     */
    public abstract boolean complete(AsyncResultSet result, boolean validate);

    /** Partitions the last completed op touched: a write its own, a read what it found. */
    public abstract int partitions();

    /** Rows the last completed op touched. */
    public abstract int rows();

    /** Whether the op was a lightweight transaction the server did not apply (counted, not an error). */
    public boolean notApplied()
    {
        return false;
    }

    /**
     * The CQL of the op's statement, which the line printed when it fails for good names before the error: a user
     * op's under -log print-statements-on-error, as cassandra-stress's SchemaStatement; null otherwise.
     */
    public String statementText()
    {
        return null;
    }

    /** The op's partition keys, for the one line printed when it fails for good. */
    public abstract String keys();
}
