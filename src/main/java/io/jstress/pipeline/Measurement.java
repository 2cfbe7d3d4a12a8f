package io.jstress.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.jstress.report.GcMonitor;
import io.jstress.report.HdrLog;
import io.jstress.report.JsonSummary;
import io.jstress.report.Report;
import io.jstress.report.RunOutcome;
import io.jstress.report.graph.GraphRecorder;
import io.jstress.report.graph.GraphReport;
import io.jstress.settings.Pace;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Stop;
import io.jstress.workload.WorkloadPlan;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The measured run: the Running line, the interval rows, the HDR log, the Results block, the JSON summary and
 * END or FAILURE. Every timestamp of its output derives from one (epoch ms, nanoTime) pair taken at its start.
 * Auto mode (ThreadSearch) runs several steps of it, one per thread count, over the same sessions.
 */
final class Measurement
{
    private static final long TAIL_SLACK_NS = TimeUnit.SECONDS.toNanos(1);

    private final StressSettings settings;
    private final List<String> ops;
    private final String runningName;
    private final Phases phases;
    private final int threads;
    private final String commandLine;
    private final PrintStream out;
    private final PrintStream err;
    private final Optional<GraphReport> graph;

    /**
     * @param threads     the in-flight cap per dispatcher
     * @param commandLine as given, passwords masked, for the JSON summary and the -graph page
     * @param graph       the -graph page this run is appended to, if any
     */
    Measurement(final StressSettings settings, final List<String> ops, final String runningName, final Phases phases,
        final int threads, final String commandLine, final PrintStream out, final PrintStream err,
        final Optional<GraphReport> graph)
    {
        this.graph = graph;
        this.settings = settings;
        this.ops = ops;
        this.runningName = runningName;
        this.phases = phases;
        this.threads = threads;
        this.commandLine = commandLine;
        this.out = out;
        this.err = err;
    }

    /** One measured run at one thread count, and how it ended. */
    record Step(int threads, Report report, Pipeline.Result result, int code, long startMs)
    {
    }

    /** @return the exit code: 0, 1 when an op failed for good or a log could not be written, 128 + the signal */
    int run()
    {
        final RunStart start = RunStart.of(settings.split(), settings.log().interval(), err);
        try (HdrLog hdr = openHdr(start.epochMs(), start.epochNs()))
        {
            final Step step = step(threads, hdr, Optional.empty(), start);
            return end(step, step, hdr, Map.of());
        }
    }

    /**
     * The Running line, the interval rows and the Results block of one run with this in-flight cap per dispatcher;
     * its -graph entry is labelled (auto mode's "4 threads") when several runs make one invocation.
     */
    Step step(final int stepThreads, final HdrLog hdr, final Optional<String> graphLabel, final RunStart start)
    {
        out.println(runningLine(stepThreads));
        try (GcMonitor gc = new GcMonitor())
        {
            final Report report = new Report(ops, settings.rate().pace().kind() == Pace.Kind.FIXED, out, hdr, gc);
            final GraphRecorder graphRecorder = graph.map(g -> g.recorder(report)).orElse(null);
            final Pipeline pipeline = phases.pipeline(new Pipeline.Phase(stepThreads,
                settings.rate().pace().opsPerSecond(), settings.command().stop(), WorkloadPlan.Workloads.ALL_OPS,
                settings.errors(), settings.log().interval().toNanos(), tailNs(settings),
                !(settings.errors().ignore() && settings.log().minimal())), report, err, start.startNs());
            start.await(phases.interrupts(), out);
            report.printHeader();
            pipeline.start();
            final Pipeline.Result result = pipeline.await();
            if (!settings.log().noSummary())
            {
                report.printResults(result.runNs());
            }
            writeGraph(graphRecorder, report, result.runNs(), graphLabel);
            return new Step(stepThreads, report, result, exitCode(result.reason()), start.epochMs());
        }
    }

    /**
     * The JSON summary and END or FAILURE, after the last step. A log that could not be written fails the run,
     * after the Results it could not hold.
     *
     * @param summarised the step the JSON summary describes (auto mode's chosen thread count)
     * @param extra      further top-level fields of the summary (auto mode's thread search)
     */
    int end(final Step last, final Step summarised, final HdrLog hdr, final Map<String, JsonNode> extra)
    {
        out.flush();
        final Optional<String> hdrFailure = hdr == null ? Optional.empty() : hdr.failure();
        hdrFailure.ifPresent(why -> err.println("jstress: cannot write -log hdrfile="
            + settings.log().hdrFile().orElseThrow() + ": " + why + "; the file holds the intervals before that"));
        int code = failedIfZero(last.code(), hdrFailure.isPresent());
        code = failedIfZero(code, !writeJson(summarised, code, extra));
        out.println(code == 0 ? "END" : "FAILURE");
        out.flush();
        if (last.result().lostSamples() > 0)
        {
            err.println("jstress: " + last.result().lostSamples() + " completions were lost by the completion ring");
        }
        return code;
    }

    /**
     * How long the ops in flight when a run stops are waited for: each ends by the request timeout (the driver
     * fails it then), and the slack covers the driver's timer tick and the completion's way to the stats thread.
     */
    static long tailNs(final StressSettings settings)
    {
        return settings.mode().requestTimeout().toNanos() + TAIL_SLACK_NS;
    }

    private int exitCode(final RunControl.Reason reason)
    {
        return switch (reason)
        {
            case INTERRUPTED -> phases.interrupts().exitCode();
            case FAILED -> 1;
            default -> 0;
        };
    }

    private static int failedIfZero(final int code, final boolean failed)
    {
        return failed && code == 0 ? 1 : code;
    }

    /** @return false when the summary could not be written (the reason is printed) */
    private boolean writeJson(final Step step, final int code, final Map<String, JsonNode> extra)
    {
        if (settings.log().json().isEmpty())
        {
            return true;
        }
        final Pipeline.Result result = step.result();
        final String outcome = code == 0 ? "success" : result.reason() == RunControl.Reason.INTERRUPTED
            ? "interrupted" : "failure";
        final RunOutcome run = new RunOutcome(outcome, code, step.startMs(), System.currentTimeMillis(),
            result.runNs(), result.maxInFlight(), result.maxLagNs(), result.lostSamples());
        try
        {
            JsonSummary.write(settings.log().json().get(), commandLine, settings, step.report(), run, extra);
            return true;
        }
        catch (final IOException e)
        {
            final String why = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
            err.println("jstress: cannot write -log json=" + settings.log().json().get() + ": " + why
                + "; no summary was written");
            return false;
        }
    }

    private void writeGraph(final GraphRecorder recorder, final Report report, final long runNs,
        final Optional<String> label)
    {
        if (graph.isEmpty())
        {
            return;
        }
        try
        {
            graph.get().add(recorder, report, runNs, commandLine, label);
        }
        catch (final IOException e)
        {
            err.println("jstress: cannot write -graph file=" + graph.get().file() + ": " + e.getMessage());
        }
    }

    HdrLog openHdr(final long epochMs, final long epochNs)
    {
        if (settings.log().hdrFile().isEmpty())
        {
            return null;
        }
        try
        {
            return new HdrLog(settings.log().hdrFile().get(), epochMs, epochNs);
        }
        catch (final IOException e)
        {
            throw new RunFailure("cannot write -log hdrfile=" + settings.log().hdrFile().get() + ": " + e.getMessage());
        }
    }

    /** cassandra-stress's "Running WRITE with 200 threads for 1000000 iteration" and its other forms. */
    private String runningLine(final int stepThreads)
    {
        final String desc = runningName;
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
        return "Running " + desc + " with " + stepThreads * settings.rate().processes() + " threads " + what;
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
}
