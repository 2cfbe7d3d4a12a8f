package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.workload.OpBuffers;
import io.jstress.workload.OpMix;
import io.jstress.workload.WorkBudget;
import io.jstress.workload.Workload;

/**
 * One dispatcher's user ops: picks each op (or runs one alone, for its warm-up) and turns it into a statement over
 * an in-flight op's buffers, taking its partitions from the phase's budget. Not thread-safe: each dispatcher owns
 * one, so generation needs no coordination.
 */
public final class UserWorkload implements Workload
{
    private final PartitionModel[] models;
    private final int[] profileOf;
    private final InsertOp[] inserts;
    private final QueryOp[] queries;
    private final TokenRangeOp[] tokenRanges;
    private final OpMix chooser;
    private final int onlyOp;
    private final WorkBudget budget;
    /** Each op's CQL, named when it fails (-log print-statements-on-error), or nulls */
    private final String[] statementTexts;

    UserWorkload(final PartitionModel[] models, final int[] profileOf, final InsertOp[] inserts,
        final QueryOp[] queries, final TokenRangeOp[] tokenRanges, final OpMix chooser, final int onlyOp,
        final WorkBudget budget, final String[] statementTexts)
    {
        this.statementTexts = statementTexts;
        this.tokenRanges = tokenRanges;
        this.models = models;
        this.profileOf = profileOf;
        this.inserts = inserts;
        this.queries = queries;
        this.chooser = chooser;
        this.onlyOp = onlyOp;
        this.budget = budget;
    }

    @Override
    public UserBuffers newBuffers()
    {
        final RowPool[] pools = new RowPool[models.length];
        for (int i = 0; i < pools.length; i++)
        {
            pools[i] = new RowPool(models[i]);
        }
        return new UserBuffers(pools);
    }

    /**
     * The statement of the next op over these buffers, or null once the partition budget is spent (or, for a token
     * range query, while every range left is being read by other ops).
     */
    @Override
    public Statement<?> next(final long opIndex, final OpBuffers buffers)
    {
        final UserBuffers user = (UserBuffers)buffers;
        final int op = onlyOp >= 0 ? onlyOp : chooser.next();
        user.start(op, profileOf[op]);
        user.statementText = statementTexts[op];
        final RowPool pool = user.pools[profileOf[op]];
        if (inserts[op] != null)
        {
            return inserts[op].next(budget, pool, user);
        }
        return queries[op] != null ? queries[op].next(budget, pool, user)
            : tokenRanges[op].next(budget, user.cursor(), user);
    }
}
