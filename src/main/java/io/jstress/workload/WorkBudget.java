package io.jstress.workload;

import java.util.concurrent.atomic.AtomicLong;

/**
 * n= as cassandra-stress counts it: a budget of partitions that ops take from as they are generated. An op that
 * wants k partitions gets min(k, what is left); once nothing is left the run issues no more ops. Workloads whose
 * ops each touch one partition never take from it: the pacer's own limit of n ops is the same budget.
 */
public final class WorkBudget
{
    private final AtomicLong left;

    private WorkBudget(final long partitions)
    {
        left = new AtomicLong(partitions);
    }

    public static WorkBudget of(final long partitions)
    {
        return new WorkBudget(partitions);
    }

    public static WorkBudget unlimited()
    {
        return new WorkBudget(Long.MAX_VALUE);
    }

    /** @return how many of the wanted partitions the op gets, 0 once the budget is spent */
    public int take(final int wanted)
    {
        while (true)
        {
            final long now = left.get();
            if (now == 0)
            {
                return 0;
            }
            final long granted = Math.min(wanted, now);
            if (left.compareAndSet(now, now - granted))
            {
                return (int)granted;
            }
        }
    }

    /** Spends what is left: the run issues no more ops (its token ranges were all read, or its no-wrap keys). */
    public void spendAll()
    {
        left.set(0);
    }

    public boolean spent()
    {
        return left.get() == 0;
    }
}
