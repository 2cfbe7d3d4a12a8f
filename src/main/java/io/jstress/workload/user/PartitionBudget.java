package io.jstress.workload.user;

/**
 * n= for user ops counts partitions, as cassandra-stress's WorkManager does: an op asks for the partitions it
 * would visit and gets at most what is left; nothing left ends the run.
 */
@FunctionalInterface
public interface PartitionBudget
{
    PartitionBudget UNLIMITED = wanted -> wanted;

    /** @return how many of the wanted partitions the op may visit; 0 or less once the budget is spent */
    int take(int wanted);
}
