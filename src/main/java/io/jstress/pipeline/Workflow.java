package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import io.jstress.settings.StressSettings;
import io.jstress.workload.WorkloadPlan;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The steps of one run against a cluster: connect, create the schema, prepare, warm up, measure. */
final class Workflow
{
    /** cassandra-stress's thread-count search is not built; auto mode runs one pass with this many threads. */
    private static final int AUTO_THREADS = 200;

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
        warnUnsupported();
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
                plan.createSchema(sessions.get(0));
                return plan.prepare(sessions);
            }, interrupts);
            if (workloads.isEmpty())
            {
                return interrupts.exitCode();
            }
            final Phases phases = new Phases(executors(sessions), workloads.get(), interrupts,
                WaitStrategies.named(System.getProperty("jstress.wait", "blocking")));
            if (!settings.command().noWarmup())
            {
                Warmup.run(settings, plan.opNames(), phases, threads(), target.contactPoints().size(), out);
            }
            if (interrupts.signalled())
            {
                return interrupts.exitCode();
            }
            return new Measurement(settings, plan.opNames(), phases, threads(), commandLine, out, err).run();
        }
        catch (final DriverException e)
        {
            throw new RunFailure(Run.oneLine(e));
        }
        finally
        {
            Sessions.closeAll(sessions);
        }
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

    private void warnUnsupported()
    {
        if (settings.rate().auto())
        {
            err.println("WARNING: -rate auto: jstress runs one pass with threads=" + threads()
                + " instead of searching thread counts");
        }
        settings.mode().compression().filter(c -> !c.equals("none")).ifPresent(c ->
            err.println("WARNING: -mode compression=" + c + " has no effect: jstress does not compress frames"));
    }

    /** The in-flight cap per dispatcher. */
    private int threads()
    {
        return settings.rate().auto() ? Math.min(settings.rate().maxThreads(), AUTO_THREADS) : settings.rate().threads();
    }
}
