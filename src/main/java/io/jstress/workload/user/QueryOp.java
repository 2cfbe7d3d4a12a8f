package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.workload.WorkBudget;
import io.jstress.settings.UserProfile;

import java.util.SplittableRandom;

/**
 * A profile's query, bound as cassandra-stress's SchemaQuery binds it: one partition per op, its rows walked as a
 * read wanting one row (samerow: every marker from that row) or as many rows as markers (multirow: each marker
 * from a random one of them, partition key markers from the first). Not thread-safe: one per dispatcher.
 */
final class QueryOp
{
    /** A partition a read could pick no row of is passed over for the next seed, at most this many times. */
    private static final int SEEDS_TRIED = 100;
    private final PreparedOp query;
    private final boolean sameRow;
    private final PartitionIterator iterator;
    private final SeedSource seeds;
    private final SplittableRandom random;
    private final int target;
    private final PartitionModel model;

    QueryOp(final PartitionModel model, final PreparedOp query, final UserProfile.ArgSelect fields,
        final SeedSource seeds, final SplittableRandom random)
    {
        this.query = query;
        this.sameRow = fields == UserProfile.ArgSelect.SAMEROW;
        this.iterator = PartitionIterator.of(model, random);
        this.seeds = seeds;
        this.random = random;
        this.target = sameRow ? 1 : query.plan.size();
        this.model = model;
    }

    boolean conditional()
    {
        return query.conditional;
    }

    /** A checker of this query's results with generators of its own, or null when its results cannot be checked. */
    RowChecker newChecker()
    {
        return query.resultColumns == null ? null : new RowChecker(model.copy(), query.resultColumns);
    }

    Statement<?> next(final WorkBudget budget, final RowPool pool, final UserBuffers result)
    {
        if (budget.take(1) <= 0)
        {
            return null;
        }
        int tries = 0;
        while (!iterator.resetForRead(seeds.next(), target))
        {
            if (++tries == SEEDS_TRIED)
            {
                throw new IllegalStateException("no row of " + SEEDS_TRIED + " partitions could be picked to bind");
            }
        }
        result.partitions = 1;
        result.rows = 0;
        result.query = this;
        if (sameRow || query.plan.size() == 0)
        {
            iterator.next(pool.row(0));
            return query.bind(pool.row(0)).build();
        }
        int rows = 0;
        while (iterator.hasNext() && rows < target)
        {
            iterator.next(pool.row(rows++));
        }
        final BoundStatementBuilder b = query.statement.boundStatementBuilder();
        for (int i = 0; i < query.plan.size(); i++)
        {
            final Row row = pool.row(query.plan.partitionKey[i] ? 0 : random.nextInt(rows));
            b.setBytesUnsafe(i, row.cells[query.plan.columns[i]].buffer());
        }
        return b.setConsistencyLevel(query.consistency).setSerialConsistencyLevel(query.serialConsistency).build();
    }
}
