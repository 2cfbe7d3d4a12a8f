package io.jstress.workload;

import com.datastax.oss.driver.api.core.CqlSession;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a command runs: its op names, its schema, and the workloads of its dispatchers. The predefined
 * commands (write, read, mixed, counters) have one plan; a user profile has another.
 */
public interface WorkloadPlan
{
    /** The op names in print order (alphabetical, as cassandra-stress); completions carry an index into it. */
    List<String> opNames();

    /** What the Running line calls the ops: one op by its name, several as a list. */
    default String runningName()
    {
        final List<String> ops = opNames();
        return ops.size() == 1 ? ops.get(0) : ops.toString();
    }

    /** The op indexes in the order their warm-ups run: print order unless the command orders them otherwise. */
    default List<Integer> warmupOrder()
    {
        return IntStream.range(0, opNames().size()).boxed().toList();
    }

    /**
     * About how many bytes of buffers one op in flight holds (its context's share of the run's memory), so a
     * command line whose ops in flight cannot fit the heap is refused before it connects.
     */
    default long bufferBytesPerOp()
    {
        return 1024;
    }

    /**
     * Creates the keyspace and tables if they do not exist.
     *
     * @param out what the schema says about the run (a user profile's batch line)
     * @param err its warnings
     */
    void createSchema(CqlSession session, PrintStream out, PrintStream err);

    /**
     * Empties the command's tables (truncate=), after createSchema. As cassandra-stress, once after the warm-up, or
     * before every measured run (each step of a thread search) with truncate=always.
     */
    void truncate(CqlSession session);

    /** Prepares the statements on each dispatcher's session (dispatcher i uses sessions.get(i)). */
    Workloads prepare(List<CqlSession> sessions);

    /** The workloads of one phase of the run, over the statements prepared for it. */
    @FunctionalInterface
    interface Workloads
    {
        /** All ops of the command, mixed by its ratio. */
        int ALL_OPS = -1;

        /**
         * @param dispatcher which dispatcher (and session) the workload is for
         * @param onlyOp     an op index to run alone (a warm-up), or ALL_OPS
         * @param budget     the partitions this phase may take
         */
        Workload forDispatcher(int dispatcher, int onlyOp, WorkBudget budget);
    }
}
