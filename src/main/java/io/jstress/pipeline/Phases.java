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

    /** @param startNs the phase's time zero: op 0's intended start, and where its first interval begins */
    Pipeline pipeline(final Pipeline.Phase phase, final Report report, final PrintStream errors, final long startNs)
    {
        return new Pipeline(executors, workloads, phase, report, interrupts.newPhase(), errors, opWait, startNs);
    }

    Interrupts interrupts()
    {
        return interrupts;
    }
}
