package io.jstress.pipeline;

import io.jstress.report.GcMonitor;
import io.jstress.report.Report;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Stop;
import io.jstress.workload.WorkloadPlan;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * cassandra-stress's warm-up: each op alone, a quarter of n= (at most 50,000) per contact point, on at most 100
 * threads, reported nowhere. It warms the JIT, the connections and the server's caches before the measurement.
 */
final class Warmup
{
    private static final int MAX_OPS = 50_000;
    private static final int MAX_THREADS = 100;

    private Warmup()
    {
    }

    static void run(final StressSettings settings, final List<String> ops, final List<Integer> order,
        final Phases phases, final int threads, final int contactPoints, final PrintStream out)
    {
        final long n = settings.command().stop() instanceof Stop.Count c ? c.operations() : -1;
        final long iterations = (n >= 0 ? Math.min(MAX_OPS, (long)(n * 0.25)) : MAX_OPS) * Math.max(1, contactPoints);
        if (iterations <= 0)
        {
            return;
        }
        final PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        final Pipeline.Phase phase = new Pipeline.Phase(Math.min(MAX_THREADS, threads), 0, new Stop.Count(iterations),
            WorkloadPlan.Workloads.ALL_OPS, settings.errors().ignoring(), settings.log().interval().toNanos(),
            Measurement.tailNs(settings), true);
        for (final int op : order)
        {
            if (phases.interrupts().signalled())
            {
                break;
            }
            out.println("Warming up " + ops.get(op) + " with " + iterations + " iterations...");
            try (GcMonitor gc = new GcMonitor())
            {
                final Report report = new Report(ops, false, silent, null, gc);
                final Pipeline pipeline = phases.pipeline(only(phase, op), report, silent, RunStart.now().startNs());
                pipeline.start();
                pipeline.await();
            }
        }
    }

    private static Pipeline.Phase only(final Pipeline.Phase p, final int op)
    {
        return new Pipeline.Phase(p.threads(), p.opsPerSecond(), p.stop(), op, p.errors(), p.intervalNs(), p.tailNs(),
            p.printFailures());
    }
}
