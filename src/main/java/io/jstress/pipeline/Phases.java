package io.jstress.pipeline;

import com.lmax.disruptor.WaitStrategy;
import io.jstress.report.Report;
import io.jstress.workload.WorkloadPlan;

import java.io.PrintStream;
import java.util.List;

/**
 * Builds the pipeline of each phase of a run (each warm-up, the measured run) over the same sessions and
 * prepared statements, each phase with its own control so a signal stops whichever phase is going.
 */
final class Phases
{
    /** The pipeline's threads start this long after it is built, so op 0 is not already late. */
    private static final long START_DELAY_NS = 1_000_000;

    private final List<OpExecutor> executors;
    private final WorkloadPlan.Workloads workloads;
    private final Interrupts interrupts;
    private final WaitStrategy opWait;

    Phases(final List<OpExecutor> executors, final WorkloadPlan.Workloads workloads, final Interrupts interrupts,
        final WaitStrategy opWait)
    {
        this.executors = executors;
        this.workloads = workloads;
        this.interrupts = interrupts;
        this.opWait = opWait;
    }

    Pipeline pipeline(final Pipeline.Phase phase, final Report report, final PrintStream errors)
    {
        return new Pipeline(executors, workloads, phase, report, interrupts.newPhase(), errors, opWait,
            System.nanoTime() + START_DELAY_NS);
    }

    Interrupts interrupts()
    {
        return interrupts;
    }
}
