package io.jstress.workload.user;

/**
 * What one user op is doing, kept in its in-flight buffers: which op it is, the partitions it visits and, for
 * an insert, the rows it writes (a query's rows are those it gets back).
 */
public final class OpResult
{
    int op;
    int partitions;
    int rows;
    boolean query;

    public int op()
    {
        return op;
    }

    public int partitions()
    {
        return partitions;
    }

    /** The rows written, for an insert; for a query, count the rows returned instead. */
    public int rows()
    {
        return rows;
    }

    public boolean query()
    {
        return query;
    }
}
