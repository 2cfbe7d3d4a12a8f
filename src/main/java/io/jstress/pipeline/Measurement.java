package io.jstress.pipeline;

import io.jstress.report.GcMonitor;
import io.jstress.report.HdrLog;
import io.jstress.report.JsonSummary;
import io.jstress.report.Report;
import io.jstress.report.RunOutcome;
import io.jstress.settings.Pace;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Stop;
import io.jstress.workload.WorkloadPlan;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The measured run: the Running line, the interval rows, the HDR log, the Results block, the JSON summary and
 * END or FAILURE. Every timestamp of its output derives from one (epoch ms, nanoTime) pair taken at its start.
 */
final class Measurement
{
    private static final long TAIL_SLACK_NS = TimeUnit.SECONDS.toNanos(1);

    private final StressSettings settings;
    private final List<String> ops;
    private final Phases phases;
    private final int threads;
    private final String commandLine;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param threads     the in-flight cap per dispatcher
     * @param commandLine as given, passwords masked, for the JSON summary
     */
    Measurement(final StressSettings settings, final List<String> ops, final Phases phases, final int threads,
        final String commandLine, final PrintStream out, final PrintStream err)
    {
        this.settings = settings;
        this.ops = ops;
        this.phases = phases;
        this.threads = threads;
        this.commandLine = commandLine;
        this.out = out;
        this.err = err;
    }

    /** @return the exit code: 0, 1 when an op failed for good, 128 + the signal when interrupted */
    int run()
    {
        out.println(runningLine());
        final long epochMs = System.currentTimeMillis();
        final long epochNs = System.nanoTime();
        try (GcMonitor gc = new GcMonitor(); HdrLog hdr = openHdr(epochMs, epochNs))
        {
            final Report report = new Report(ops, settings.rate().pace().kind() == Pace.Kind.FIXED, out, hdr, gc);
            report.printHeader();
            final Pipeline pipeline = phases.pipeline(new Pipeline.Phase(threads, settings.rate().pace().opsPerSecond(),
                settings.command().stop(), WorkloadPlan.Workloads.ALL_OPS, settings.errors(),
                settings.log().interval().toNanos(), tailNs(settings)), report, err);
            pipeline.start();
            final Pipeline.Result result = pipeline.await();
            if (!settings.log().noSummary())
            {
                report.printResults(result.runNs());
            }
            out.flush();
            // a log that could not be written fails the run, after the Results it could not hold
            final Optional<String> hdrFailure = hdr == null ? Optional.empty() : hdr.failure();
            hdrFailure.ifPresent(why -> err.println("jstress: cannot write -log hdrfile="
                + settings.log().hdrFile().orElseThrow() + ": " + why + "; the file holds the intervals before that"));
            int code = failedIfZero(exitCode(result.reason()), hdrFailure.isPresent());
            code = failedIfZero(code, !writeJson(report, result, code, epochMs));
            out.println(code == 0 ? "END" : "FAILURE");
            out.flush();
            if (result.lostSamples() > 0)
            {
                err.println("jstress: " + result.lostSamples() + " completions were lost by the completion ring");
            }
            return code;
        }
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
    private boolean writeJson(final Report report, final Pipeline.Result result, final int code, final long startMs)
    {
        if (settings.log().json().isEmpty())
        {
            return true;
        }
        final String outcome = code == 0 ? "success" : result.reason() == RunControl.Reason.INTERRUPTED
            ? "interrupted" : "failure";
        final RunOutcome run = new RunOutcome(outcome, code, startMs, System.currentTimeMillis(), result.runNs(),
            result.maxInFlight(), result.maxLagNs(), result.lostSamples());
        try
        {
            JsonSummary.write(settings.log().json().get(), commandLine, settings, report, run);
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
        catch (final IOException e)
        {
            throw new RunFailure("cannot write -log hdrfile=" + settings.log().hdrFile().get() + ": " + e.getMessage());
        }
    }

    /** cassandra-stress's "Running WRITE with 200 threads for 1000000 iteration" and its other forms. */
    private String runningLine()
    {
        final String desc = ops.size() == 1 ? ops.get(0) : ops.toString();
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
        return "Running " + desc + " with " + threads * settings.rate().processes() + " threads " + what;
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
