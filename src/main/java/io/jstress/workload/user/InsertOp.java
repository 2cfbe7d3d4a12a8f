package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BatchType;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.workload.WorkBudget;
import io.jstress.settings.UserProfile;
import io.jstress.workload.dist.Sampler;
import io.jstress.workload.dist.Samplers;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A profile's insert, composed as cassandra-stress's SchemaInsert composes it: a partition count drawn from
 * partitions: (and taken from the budget), a seed per partition, each partition walked with a select chance
 * and row-population share drawn per partition (one with no row selected is skipped for the next seed), and
 * every row visited bound to the insert statement; one row is sent alone, more as a batch of the batchtype. The
 * spec is the profile's insert section as -insert overrides it. Not thread-safe: one per dispatcher.
 */
final class InsertOp
{
    /** The most statements a batch may hold. */
    static final int MAX_BATCH = 65535;
    private static final int SEEDS_TRIED = 1_000_000;
    private final PartitionModel model;
    private final PreparedOp insert;
    private final BatchType batchType;
    private final Sampler partitions;
    private final Ratio select;
    private final Ratio rowPopulation;
    private final SeedSource seeds;
    private final SplittableRandom random;
    private PartitionIterator[] iterators = new PartitionIterator[0];

    InsertOp(final PartitionModel model, final PreparedOp insert, final UserProfile.InsertSpec spec,
        final SeedSource seeds, final SplittableRandom random)
    {
        this.model = model;
        this.insert = insert;
        this.batchType = switch (spec.batchType())
        {
            case LOGGED -> DefaultBatchType.LOGGED;
            case UNLOGGED -> DefaultBatchType.UNLOGGED;
            case COUNTER -> DefaultBatchType.COUNTER;
        };
        this.partitions = Samplers.of(spec.partitions());
        this.select = new Ratio(spec.select());
        this.rowPopulation = new Ratio(spec.rowPopulation());
        this.seeds = seeds;
        this.random = random;
    }

    /** The statement writing the next batch into pool's rows, or null once the budget is spent. */
    Statement<?> next(final WorkBudget budget, final RowPool pool, final UserBuffers result)
    {
        final int rows = fill(budget, pool, result);
        if (rows < 0)
        {
            return null;
        }
        if (rows == 1)
        {
            return insert.bind(pool.row(0)).build();
        }
        final BatchStatementBuilder batch = new BatchStatementBuilder(batchType);
        for (int r = 0; r < rows; r++)
        {
            batch.addStatement(insert.bind(pool.row(r)).build());
        }
        return batch.setConsistencyLevel(insert.consistency).setSerialConsistencyLevel(insert.serialConsistency)
            .build();
    }

    /** Generates the next batch's rows into the pool; returns how many, or -1 once the budget is spent. */
    int fill(final WorkBudget budget, final RowPool pool, final UserBuffers result)
    {
        final int granted = budget.take((int)Math.max(1, partitions.next()));
        if (granted <= 0)
        {
            return -1;
        }
        int rows = 0;
        for (int i = 0; i < granted; i++)
        {
            final PartitionIterator iterator = iterator(i);
            int tries = 0;
            while (!reset(iterator))
            {
                // a partition with no row selected is skipped, and the next seed taken in its place
                if (++tries == SEEDS_TRIED)
                {
                    throw new IllegalStateException("select: no row of " + SEEDS_TRIED + " partitions was selected");
                }
            }
            while (iterator.hasNext() && rows < MAX_BATCH)
            {
                iterator.next(pool.row(rows++));
            }
        }
        result.partitions = granted;
        result.rows = rows;
        result.query = null;
        return rows;
    }

    /** Draws, as cassandra-stress does for each partition tried, its seed, select chance and row population. */
    private boolean reset(final PartitionIterator iterator)
    {
        final long seed = seeds.next();
        final double chance = select.next();
        iterator.rowPopulation = rowPopulation.next();
        return iterator.resetForWrite(seed, chance);
    }

    private PartitionIterator iterator(final int i)
    {
        if (i >= iterators.length)
        {
            final int old = iterators.length;
            iterators = Arrays.copyOf(iterators, Math.max(i + 1, old * 2));
            for (int k = old; k < iterators.length; k++)
            {
                iterators[k] = PartitionIterator.of(model, random);
            }
        }
        return iterators[i];
    }
}
