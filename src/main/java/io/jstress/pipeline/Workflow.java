package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import io.jstress.report.graph.GraphReport;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Truncate;
import io.jstress.workload.WorkloadPlan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The steps of one run against a cluster: connect, create the schema, prepare, warm up, measure. */
final class Workflow
{
    private final StressSettings settings;
    private final WorkloadPlan plan;
    private final Sessions.Target target;
    private final String commandLine;
    private final PrintStream out;
    private final PrintStream err;

    Workflow(final StressSettings settings, final WorkloadPlan plan, final Sessions.Target target,
        final String commandLine, final PrintStream out, final PrintStream err)
    {
        this.settings = settings;
        this.plan = plan;
        this.target = target;
        this.commandLine = commandLine;
        this.out = out;
        this.err = err;
    }

    int run()
    {
        // a -graph file that cannot take a run stops us before any work
        final Optional<GraphReport> graph = GraphReport.open(settings.graph(), settings.command().type().name());
        final Interrupts interrupts = Interrupts.install(Thread.currentThread(), out);
        final List<CqlSession> sessions = new ArrayList<>();
        try
        {
            final int processes = settings.rate().processes();
            final int ioThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / processes);
            for (int i = 0; i < processes; i++)
            {
                final Optional<CqlSession> session = BlockingStep.run("connect",
                    () -> Sessions.open(settings, target, ioThreads), interrupts);
                if (session.isEmpty())
                {
                    return interrupts.exitCode();
                }
                sessions.add(session.get());
            }
            final Optional<WorkloadPlan.Workloads> workloads = BlockingStep.run("schema", () ->
            {
                plan.createSchema(sessions.get(0), out, err);
                return plan.prepare(sessions);
            }, interrupts);
            if (workloads.isEmpty())
            {
                return interrupts.exitCode();
            }
            if (settings.log().verbose())
            {
                err.println(DriverInfo.connected(sessions.get(0)));
                err.println(DriverInfo.loadBalancing(sessions.get(0)));
            }
            final Phases phases = new Phases(executors(sessions), workloads.get(), interrupts,
                WaitStrategies.named(System.getProperty("jstress.wait", "blocking")));
            if (!settings.command().noWarmup())
            {
                Warmup.run(settings, plan.opNames(), plan.warmupOrder(), phases, threads(),
                    target.contactPoints().size(), out);
            }
            final Truncate truncate = settings.command().truncate();
            final boolean auto = settings.rate().auto();
            final Runnable emptyTables =
                () -> BlockingStep.run("truncate", () -> truncate(sessions.get(0)), interrupts);
            // as cassandra-stress: after the warm-up, so that the measured run starts on empty tables
            if (!interrupts.signalled() && (truncate == Truncate.ONCE || truncate == Truncate.ALWAYS && !auto))
            {
                emptyTables.run();
            }
            if (interrupts.signalled())
            {
                return interrupts.exitCode();
            }
            final Measurement measurement = new Measurement(settings, plan.opNames(), plan.runningName(), phases,
                threads(), commandLine, out, err, graph);
            if (!auto)
            {
                return measurement.run();
            }
            return new ThreadSearch(settings, measurement, interrupts, truncate == Truncate.ALWAYS ? emptyTables
                : () -> { }, out).run();
        }
        catch (final DriverException e)
        {
            throw new RunFailure(Run.oneLine(e));
        }
        finally
        {
            if (settings.log().verbose() && !sessions.isEmpty())
            {
                err.println(DriverInfo.traffic(sessions));
            }
            Sessions.closeAll(sessions);
        }
    }

    private boolean truncate(final CqlSession session)
    {
        plan.truncate(session);
        return true;
    }

    private static List<OpExecutor> executors(final List<CqlSession> sessions)
    {
        final List<OpExecutor> executors = new ArrayList<>();
        for (final CqlSession s : sessions)
        {
            executors.add(OpExecutor.of(s));
        }
        return executors;
    }

    /** The in-flight cap per dispatcher; in auto mode the most a step may have, which caps the warm-up's. */
    private int threads()
    {
        return settings.rate().auto() ? settings.rate().maxThreads() : settings.rate().threads();
    }
}
