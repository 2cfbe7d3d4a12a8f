package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.lmax.disruptor.WaitStrategy;
import io.jstress.report.GcMonitor;
import io.jstress.report.HdrLog;
import io.jstress.report.JsonSummary;
import io.jstress.report.RunOutcome;
import io.jstress.report.Report;
import io.jstress.settings.OpType;
import io.jstress.settings.Pace;
import io.jstress.settings.Stop;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Truncate;
import io.jstress.workload.KeySamplers;
import io.jstress.workload.OpMix;
import io.jstress.workload.RowGenerator;
import io.jstress.workload.Schema;
import io.jstress.workload.Statements;
import io.jstress.workload.Workload;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The steps of one run against a cluster: connect, schema, warm-up, the measured run, Results. */
final class Workflow
{
    private static final int WARMUP_MAX_OPS = 50_000;
    private static final int WARMUP_MAX_THREADS = 100;

    private final StressSettings settings;
    private final Sessions.Target target;
    private final String commandLine;
    private final PrintStream out;
    private final PrintStream err;
    /** The phase now running (warm-up, then the measured run); a signal stops whichever it is. */
    private volatile RunControl control = new RunControl();
    private volatile int signal;
    private final List<OpType> ops;

    Workflow(final StressSettings settings, final Sessions.Target target, final String commandLine,
        final PrintStream out, final PrintStream err)
    {
        this.settings = settings;
        this.target = target;
        this.commandLine = commandLine;
        this.out = out;
        this.err = err;
        this.ops = settings.command().ratio().keySet().stream().sorted().collect(Collectors.toList());
    }

    /** cassandra-stress's thread-count search is not built; auto mode runs one pass with this many threads. */
    private static final int AUTO_THREADS = 200;

    int run()
    {
        warnUnsupported();
        Interrupts.install(sig ->
        {
            signal = sig;
            control.interrupt();
        }, Thread.currentThread(), out);
        final List<CqlSession> sessions = new ArrayList<>();
        try
        {
            final int processes = settings.rate().processes();
            final int ioThreads = Math.max(1, Runtime.getRuntime().availableProcessors() / processes);
            for (int i = 0; i < processes && signal == 0; i++)
            {
                sessions.add(Sessions.open(settings, target, ioThreads));
            }
            final Schema schema = new Schema(settings.schema(), settings.columns());
            createSchema(sessions.get(0), schema);
            final List<OpExecutor> executors = new ArrayList<>();
            final List<Statements> statements = new ArrayList<>();
            for (final CqlSession s : sessions)
            {
                executors.add(OpExecutor.of(s));
                statements.add(settings.mode().prepared()
                    ? Statements.prepared(schema, s, EnumSet.copyOf(ops)) : Statements.unprepared(schema));
            }
            if (!settings.command().noWarmup() && signal == 0)
            {
                warmup(executors, statements);
            }
            if (signal != 0)
            {
                return 128 + signal;
            }
            return measure(executors, statements);
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

    private void createSchema(final CqlSession session, final Schema schema)
    {
        final boolean counters = ops.contains(OpType.COUNTER_WRITE) || ops.contains(OpType.COUNTER_READ);
        SchemaSetup.create(session, schema, counters, control);
        if (settings.command().truncate() != Truncate.NEVER)
        {
            session.execute(schema.truncate(counters ? Schema.COUNTER : Schema.STANDARD));
        }
    }

    private void warmup(final List<OpExecutor> executors, final List<Statements> statements)
    {
        final long n = settings.command().stop() instanceof Stop.Count c ? c.operations() : -1;
        final int nodes = Math.max(1, target.contactPoints().size());
        final long iterations = (n >= 0 ? Math.min(WARMUP_MAX_OPS, (long)(n * 0.25)) : WARMUP_MAX_OPS) * nodes;
        if (iterations <= 0)
        {
            return;
        }
        final int threads = Math.min(WARMUP_MAX_THREADS, threads());
        final PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        for (final OpType op : settings.command().ratio().keySet())
        {
            out.println("Warming up " + op + " with " + iterations + " iterations...");
            try (GcMonitor gc = new GcMonitor())
            {
                final Report report = new Report(List.of(op), false, silent, null, gc);
                final Pipeline pipeline = pipeline(executors, statements, Map.of(op, 1), threads, 0,
                    new Stop.Count(iterations), true, report, silent, System.nanoTime() + 1_000_000);
                pipeline.start();
                pipeline.await();
            }
            if (signal != 0)
            {
                return;
            }
        }
    }

    private int measure(final List<OpExecutor> executors, final List<Statements> statements)
    {
        out.println(runningLine());
        final RunStart start = RunStart.of(settings.split(), settings.log().interval(), err);
        final long epochMs = start.epochMs();
        final long epochNs = start.epochNs();
        try (GcMonitor gc = new GcMonitor(); HdrLog hdr = openHdr(epochMs, epochNs))
        {
            final Report report = new Report(ops, settings.rate().pace().kind() == Pace.Kind.FIXED,
                out, hdr, gc);
            final Pipeline pipeline = pipeline(executors, statements, settings.command().ratio(),
                threads(), settings.rate().pace().opsPerSecond(), settings.command().stop(),
                settings.errors().ignore(), report, err, start.startNs());
            start.await(control, out);
            report.printHeader();
            pipeline.start();
            final Pipeline.Result result = pipeline.await();
            if (!settings.log().noSummary())
            {
                report.printResults(result.runNs());
            }
            final int code = exitCode(result.reason());
            writeJson(report, result, code, epochMs);
            out.println(code == 0 ? "END" : "FAILURE");
            out.flush();
            if (result.lostSamples() > 0)
            {
                err.println("jstress: " + result.lostSamples() + " completions were lost by the completion ring");
            }
            return code;
        }
    }

    private void writeJson(final Report report, final Pipeline.Result result, final int code, final long startMs)
    {
        if (settings.log().json().isEmpty())
        {
            return;
        }
        final String outcome = code == 0 ? "success" : result.reason() == RunControl.Reason.INTERRUPTED
            ? "interrupted" : "failure";
        final RunOutcome run = new RunOutcome(outcome, code, startMs, System.currentTimeMillis(), result.runNs(),
            result.maxInFlight(), result.maxLagNs(), result.lostSamples());
        try
        {
            JsonSummary.write(settings.log().json().get(), commandLine, settings, report, run);
        }
        catch (final IOException e)
        {
            err.println("jstress: cannot write -log json=" + settings.log().json().get() + ": " + e.getMessage());
        }
    }

    /** A pipeline for one phase, with a fresh RunControl (unless a signal already stopped the run). */
    private Pipeline pipeline(final List<OpExecutor> executors, final List<Statements> statements,
        final Map<OpType, Integer> ratio, final int threads, final long rate, final Stop stop,
        final boolean ignoreErrors, final Report report, final PrintStream errors, final long startNs)
    {
        final RunControl phase = new RunControl();
        control = phase;
        if (signal != 0)
        {
            phase.interrupt();
        }
        return new Pipeline(executors, i -> new Workload(statements.get(i), new RowGenerator(settings.columns()),
            KeySamplers.of(settings.population().keys(), 0x5eed + i), new OpMix(ratio, 0x0b5 + i)),
            threads, rate, stop, settings.errors().tries(), ignoreErrors, !settings.errors().skipReadValidation(),
            settings.log().interval().toNanos(), report, phase, errors, waitStrategy(), startNs);
    }

    private HdrLog openHdr(final long epochMs, final long epochNs)
    {
        if (settings.log().hdrFile().isEmpty())
        {
            return null;
        }
        try
        {
            return new HdrLog(settings.log().hdrFile().get(), epochMs, epochNs);
        }
        catch (final FileNotFoundException e)
        {
            throw new RunFailure("cannot write -log hdrfile=" + settings.log().hdrFile().get() + ": " + e.getMessage());
        }
    }

    private String runningLine()
    {
        final Set<OpType> types = settings.command().ratio().keySet();
        final String desc = types.size() == 1 ? types.iterator().next().name() : types.toString();
        final int threads = threads() * settings.rate().processes();
        final Stop stop = settings.command().stop();
        final String what;
        if (stop instanceof Stop.Count c)
        {
            what = "for " + c.operations() + " iteration";
        }
        else if (stop instanceof Stop.Timed t)
        {
            what = durationWords(t.duration());
        }
        else
        {
            what = "until stderr of mean < " + ((Stop.UntilStable)stop).errorLimit();
        }
        return "Running " + desc + " with " + threads + " threads " + what;
    }

    private static String durationWords(final Duration d)
    {
        final long s = d.getSeconds();
        if (s % 3600 == 0)
        {
            return s / 3600 + " hours";
        }
        return s % 60 == 0 ? s / 60 + " minutes" : s + " seconds";
    }

    private static WaitStrategy waitStrategy()
    {
        return WaitStrategies.named(System.getProperty("jstress.wait", "blocking"));
    }

    private int exitCode(final RunControl.Reason reason)
    {
        return switch (reason)
        {
            case INTERRUPTED -> 128 + signal;
            case FAILED -> 1;
            default -> 0;
        };
    }
}
