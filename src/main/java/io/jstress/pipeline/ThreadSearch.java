package io.jstress.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jstress.report.HdrLog;
import io.jstress.report.IntervalReport;
import io.jstress.report.JsonSummary;
import io.jstress.report.Report;
import io.jstress.settings.Command;
import io.jstress.settings.Pace;
import io.jstress.settings.StressSettings;
import io.jstress.settings.Stop;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Auto mode (no -rate, or -rate threads&gt;= threads&lt;= [auto]), as cassandra-stress's StressAction.runMulti:
 * one measured step per thread count, 4, 104, 204 ... (+100 below 500, then x1.2 below 1500, then x1.1), until
 * the next count exceeds threads&lt;= or, with auto, the op rate stopped improving: the mean relative gain over
 * the last 3 steps is below 0 (and, in err&lt; mode, over the last 5 below the error target). Every step reuses
 * the same sessions and prepared statements. A summary table with a row per step and op ends the search.
 */
final class ThreadSearch
{
    private static final long UPDATE_PAUSE_NS = TimeUnit.SECONDS.toNanos(15);
    private static final long PAUSE_POLL_NS = TimeUnit.MILLISECONDS.toNanos(50);

    private final StressSettings settings;
    private final Measurement measurement;
    private final Interrupts interrupts;
    private final Runnable beforeStep;
    private final PrintStream out;

    /** @param beforeStep runs after each Running line, before the step: truncate=always's TRUNCATE */
    ThreadSearch(final StressSettings settings, final Measurement measurement, final Interrupts interrupts,
        final Runnable beforeStep, final PrintStream out)
    {
        this.settings = settings;
        this.measurement = measurement;
        this.interrupts = interrupts;
        this.beforeStep = beforeStep;
        this.out = out;
    }

    /** @return the exit code of the last step */
    int run()
    {
        out.println("Thread count was not specified");
        final double target = settings.command().stop() instanceof Stop.UntilStable s ? s.errorLimit() : -1;
        if (target >= 0)
        {
            out.println("WARNING: uncertainty mode (err<) results in uneven workload between thread runs, so should "
                + "be used for high level analysis only");
        }
        final List<Measurement.Step> steps = new ArrayList<>();
        final RunStart first = RunStart.now();
        try (HdrLog hdr = measurement.openHdr(first.epochMs(), first.epochNs()))
        {
            int previous = -1;
            int threads = settings.rate().minThreads();
            do
            {
                out.println();
                out.println("Running with " + threads + " threadCount");
                beforeStep.run();
                final Measurement.Step step = measurement.step(threads, hdr, Optional.of(threads + " threads"),
                    RunStart.now());
                steps.add(step);
                if (step.code() != 0)
                {
                    break;
                }
                if (previous > 0)
                {
                    out.println(String.format(Locale.ROOT, "Improvement over %d threadCount: %.0f%%", previous,
                        100 * averageImprovement(steps, 1)));
                }
                previous = threads;
                threads = next(threads);
                if (threads > settings.rate().maxThreads() || !pauseAfterUpdates())
                {
                    break;
                }
            }
            while (!settings.rate().untilSaturated()
                || (hasAverageImprovement(steps, 3, 0) && hasAverageImprovement(steps, 5, target)));
            summarise(steps);
            return measurement.end(steps.get(steps.size() - 1), chosen(steps), hdr,
                Map.of("thread_search", json(steps)));
        }
    }

    /** The thread count after this one: +100 below 500, x1.2 below 1500, x1.1 beyond. */
    static int next(final int threads)
    {
        if (threads < 500)
        {
            return threads + 100;
        }
        return (int)(threads * (threads < 1500 ? 1.2 : 1.1));
    }

    /** Commands that write rest 15 s between steps to let the commit log flush; false when a signal came. */
    private boolean pauseAfterUpdates()
    {
        final Command type = settings.command().type();
        if (type != Command.WRITE && type != Command.COUNTER_WRITE && type != Command.MIXED)
        {
            return true;
        }
        out.println("Sleeping for 15s");
        final long until = System.nanoTime() + UPDATE_PAUSE_NS;
        while (System.nanoTime() < until && !interrupts.signalled())
        {
            LockSupport.parkNanos(PAUSE_POLL_NS);
        }
        return !interrupts.signalled();
    }

    private static boolean hasAverageImprovement(final List<Measurement.Step> steps, final int count,
        final double minimum)
    {
        return steps.size() < count + 1 || averageImprovement(steps, count) >= minimum;
    }

    /** The mean relative op-rate gain of each of the last count steps over the step before it. */
    private static double averageImprovement(final List<Measurement.Step> steps, final int count)
    {
        double improvement = 0;
        for (int i = steps.size() - count; i < steps.size(); i++)
        {
            final double before = opRate(steps.get(i - 1));
            improvement += (opRate(steps.get(i)) - before) / before;
        }
        return improvement / count;
    }

    private static double opRate(final Measurement.Step step)
    {
        return step.report().totalSummary().ops() / (step.result().runNs() / 1e9);
    }

    /** The step with the highest op rate: the thread count the search recommends. */
    private static Measurement.Step chosen(final List<Measurement.Step> steps)
    {
        Measurement.Step best = steps.get(0);
        for (final Measurement.Step step : steps)
        {
            best = opRate(step) > opRate(best) ? step : best;
        }
        return best;
    }

    /** "             id, type  total ops, ..." then, per step, a row per op and a total row of its Results. */
    private void summarise(final List<Measurement.Step> steps)
    {
        int width = 0;
        for (final Measurement.Step step : steps)
        {
            width = Math.max(width, id(step).length());
        }
        final String prefix = "%" + width + "s, ";
        out.println(String.format(Locale.ROOT, prefix, "id") + IntervalReport.HEADER);
        final boolean fixed = settings.rate().pace().kind() == Pace.Kind.FIXED;
        for (final Measurement.Step step : steps)
        {
            final Report report = step.report();
            final double seconds = step.result().runNs() / 1e9;
            final String id = String.format(Locale.ROOT, prefix, id(step));
            for (int op = 0; op < report.ops().size(); op++)
            {
                out.println(id + IntervalReport.row(report.ops().get(op), report.summary(op).ops(), report.summary(op),
                    fixed, seconds, seconds, report.uncertainty().value(), report.gcTotal()));
            }
            out.println(id + IntervalReport.row("total", report.totalSummary().ops(), report.totalSummary(), fixed,
                seconds, seconds, report.uncertainty().value(), report.gcTotal()));
        }
        out.flush();
    }

    private static String id(final Measurement.Step step)
    {
        return step.threads() + " threadCount";
    }

    /** {"steps": [{"threads": 4, "duration_s": ..., "total": {...}}, ...], "chosen_threads": 104} */
    private static JsonNode json(final List<Measurement.Step> steps)
    {
        final ObjectNode search = JsonNodeFactory.instance.objectNode();
        final ArrayNode array = search.putArray("steps");
        for (final Measurement.Step step : steps)
        {
            final double seconds = step.result().runNs() / 1e9;
            final ObjectNode node = array.addObject();
            node.put("threads", step.threads());
            node.put("exit_code", step.code());
            node.put("duration_s", seconds);
            node.set("total", JsonSummary.stats(step.report().totalSummary(), seconds));
        }
        search.put("chosen_threads", chosen(steps).threads());
        return search;
    }
}
