package io.jstress.report.merge;

import com.fasterxml.jackson.databind.JsonNode;
import io.jstress.report.GcStats;
import io.jstress.report.OpStats;
import io.jstress.report.Outcome;
import io.jstress.report.RecordedStats;
import org.HdrHistogram.Histogram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * K runs as one: every histogram the sum of the K histograms with its tag, every count the sum of the K counts,
 * the run's span from the earliest start to the latest end. Nothing is averaged.
 */
final class MergedRun
{
    private static final String[] KINDS = {"-st", "-rt", "-wt"};

    private final List<Recorded> inputs;
    private final Map<String, Histogram> histograms = new LinkedHashMap<>();
    private final Map<String, OpStats.Interval> ops = new LinkedHashMap<>();
    private final OpStats.Interval total;
    private final long startMs;
    private final long endMs;

    MergedRun(final List<Recorded> inputs)
    {
        this.inputs = List.copyOf(inputs);
        final TreeSet<String> tags = new TreeSet<>();
        inputs.forEach(r -> tags.addAll(r.histograms().keySet()));
        // op names sort alphabetically, READ before WRITE, as the Results brackets list them
        final TreeSet<String> names = new TreeSet<>();
        for (final String tag : tags)
        {
            names.add(opOf(tag));
            final Histogram sum = new Histogram(3);
            inputs.forEach(r -> sum.add(r.histograms().getOrDefault(tag, new Histogram(3))));
            histograms.put(tag, sum);
        }
        for (final String op : names)
        {
            ops.put(op, stats(op));
        }
        total = RecordedStats.sum(ops.values());
        startMs = inputs.stream().mapToLong(Recorded::startMs).min().orElseThrow();
        endMs = inputs.stream().mapToLong(Recorded::endMs).max().orElseThrow();
    }

    private static String opOf(final String tag)
    {
        final int dash = tag.lastIndexOf('-');
        if (dash <= 0 || !List.of(KINDS).contains(tag.substring(dash)))
        {
            throw new MergeException("the tag '" + tag + "' is not an op's -st, -rt or -wt histogram");
        }
        return tag.substring(0, dash);
    }

    /** One op's histograms and counts; an HDR log has no partition or error counts, so an op counts one partition. */
    private OpStats.Interval stats(final String op)
    {
        final Histogram st = histogram(op + KINDS[0]);
        long partitions = 0;
        long rows = 0;
        long retries = 0;
        long cutOff = 0;
        long notApplied = 0;
        final long[] errors = new long[Outcome.values().length];
        for (final Recorded r : inputs)
        {
            if (r.summary().isEmpty())
            {
                final long count = r.histograms().getOrDefault(op + KINDS[0], new Histogram(3)).getTotalCount();
                partitions += count;
                rows += count;
                continue;
            }
            final JsonNode counts = r.summary().get().path("ops").path(op);
            partitions += counts.path("partitions").asLong();
            rows += counts.path("rows").asLong();
            retries += counts.path("retries").asLong();
            cutOff += counts.path("cut_off").asLong();
            notApplied += counts.path("not_applied").asLong();
            for (final Outcome o : Outcome.ERRORS)
            {
                errors[o.ordinal()] += counts.path("errors_by_class").path(o.label()).asLong();
            }
        }
        return RecordedStats.of(st, histogram(op + KINDS[1]), histogram(op + KINDS[2]),
            new RecordedStats.Counts(partitions, rows, retries, cutOff, notApplied, errors));
    }

    private Histogram histogram(final String tag)
    {
        return histograms.getOrDefault(tag, new Histogram(3));
    }

    List<Recorded> inputs()
    {
        return inputs;
    }

    boolean fromHdrLogs()
    {
        return inputs.get(0).kind() == Recorded.Kind.HDR_LOG;
    }

    Map<String, Histogram> histograms()
    {
        return histograms;
    }

    Map<String, OpStats.Interval> ops()
    {
        return ops;
    }

    OpStats.Interval total()
    {
        return total;
    }

    /** Ops due but never sent, summed over the summaries (an HDR log does not say). */
    long notSent()
    {
        return inputs.stream().flatMap(r -> r.summary().stream())
            .mapToLong(s -> s.path("total").path("not_sent").asLong()).sum();
    }

    long startMs()
    {
        return startMs;
    }

    long endMs()
    {
        return endMs;
    }

    double seconds()
    {
        return (endMs - startMs) / 1000.0;
    }

    /**
     * Whether the Results print response time: as the runs printed it for summaries (fixed=), and whenever there is
     * one for HDR logs, which do not say whether the rate was fixed= or throttle=.
     */
    boolean fixed()
    {
        if (fromHdrLogs())
        {
            return total.responseTime().getTotalCount() > 0;
        }
        return "FIXED".equals(inputs.get(0).summary().orElseThrow().path("settings").path("rate").path("pace")
            .path("kind").asText());
    }

    /** The loaders' own collections, summed; an HDR log has none to give (then Avg GC time prints NaN). */
    GcStats gc()
    {
        double count = 0;
        double sumMs = 0;
        for (final Recorded r : inputs)
        {
            final JsonNode loader = r.summary().map(s -> s.path("loader")).orElse(null);
            if (loader != null)
            {
                count += loader.path("gc_count").asDouble();
                sumMs += loader.path("gc_time_ms").asDouble();
            }
        }
        return new GcStats(count, 0, sumMs, 0, 0);
    }
}
