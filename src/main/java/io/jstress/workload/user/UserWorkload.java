package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.cql.Statement;

import java.util.SplittableRandom;

/**
 * One dispatcher's user ops: picks the next op and turns it into a statement over an in-flight op's buffers.
 * Not thread-safe: each dispatcher owns one, so generation needs no coordination.
 */
public final class UserWorkload
{
    private final PartitionModel[] models;
    private final int[] profileOf;
    private final InsertOp[] inserts;
    private final QueryOp[] queries;
    private final OpChooser chooser;

    UserWorkload(final PartitionModel[] models, final int[] profileOf, final InsertOp[] inserts,
        final QueryOp[] queries, final OpChooser chooser)
    {
        this.models = models;
        this.profileOf = profileOf;
        this.inserts = inserts;
        this.queries = queries;
        this.chooser = chooser;
    }

    public UserBuffers newBuffers()
    {
        final RowPool[] pools = new RowPool[models.length];
        for (int i = 0; i < pools.length; i++)
        {
            pools[i] = new RowPool(models[i]);
        }
        return new UserBuffers(pools);
    }

    /** The index of the next op, in the run's op list. */
    public int nextOp()
    {
        return chooser.next();
    }

    /** The statement of op `op` over these buffers, or null once the partition budget is spent. */
    public Statement<?> next(final int op, final UserBuffers buffers, final PartitionBudget budget)
    {
        final RowPool pool = buffers.pools[profileOf[op]];
        buffers.result.op = op;
        return inserts[op] != null ? inserts[op].next(budget, pool, buffers.result)
            : queries[op].next(budget, pool, buffers.result);
    }

    static SplittableRandom unseeded()
    {
        return new SplittableRandom();
    }
}
