package io.jstress.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jstress.settings.StressSettings;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * -log json=FILE: one versioned document a script can read without regexes. Written to a temporary file in the
 * same directory and renamed into place, so a reader never sees half a document.
 */
public final class JsonSummary
{
    public static final String FORMAT = "jstress-summary/1";
    private static final double MS = 1e-6;
    private static final double[] PERCENTILES = {50, 90, 95, 99, 99.9, 99.99};
    private static final String[] PERCENTILE_NAMES = {"p50", "p90", "p95", "p99", "p99_9", "p99_99"};

    private JsonSummary()
    {
    }

    public static void write(final Path file, final String commandLine, final StressSettings settings,
        final Report report, final RunOutcome run) throws IOException
    {
        write(file, commandLine, settings, report, run, Map.of());
    }

    /** @param extra more top-level fields, such as auto mode's thread_search */
    public static void write(final Path file, final String commandLine, final StressSettings settings,
        final Report report, final RunOutcome run, final Map<String, JsonNode> extra) throws IOException
    {
        final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        final ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("command", commandLine);
        root.set("settings", SettingsTree.of(settings));
        root.put("start_ms", run.startMs());
        root.put("end_ms", run.endMs());
        root.put("outcome", run.outcome());
        root.put("exit_code", run.exitCode());
        final double seconds = run.runNs() / 1e9;
        root.put("duration_s", seconds);
        final ObjectNode ops = root.putObject("ops");
        for (int op = 0; op < report.ops().size(); op++)
        {
            ops.set(report.ops().get(op), stats(report.summary(op), seconds));
        }
        final ObjectNode total = stats(report.totalSummary(), seconds);
        total.put("not_sent", report.notSent());
        root.set("total", total);
        extra.forEach(root::set);
        final ObjectNode loader = root.putObject("loader");
        loader.put("max_in_flight", run.maxInFlight());
        loader.put("max_schedule_lag_ms", run.maxLagNs() / 1e6);
        loader.put("lost_samples", run.lostSamples());
        final GcStats gc = report.gcTotal();
        loader.put("gc_count", (long)gc.count());
        loader.put("gc_time_ms", gc.sumMs());
        final var intervals = loader.putArray("intervals");
        for (final Report.LoaderSample sample : report.loaderSamples())
        {
            intervals.addObject().put("time_s", sample.timeSecs()).put("schedule_lag_ms", sample.lagMs())
                .put("in_flight", sample.inFlight());
        }

        final Map<String, Histogram> histograms = new LinkedHashMap<>();
        for (int op = 0; op < report.ops().size(); op++)
        {
            final OpStats.Interval s = report.summary(op);
            final String name = report.ops().get(op);
            histograms.put(name + "-st", s.serviceTime());
            histograms.put(name + "-rt", s.responseTime());
            histograms.put(name + "-wt", s.waitTime());
        }
        putHistograms(root, histograms);
        writeAtomically(file, mapper, root);
    }

    /**
     * histograms: each whole-run histogram by its HDR log tag (WRITE-st, ...), encoded as in the log, so that K
     * summaries merge exactly. Empty ones are left out, as the HDR log leaves them out.
     */
    public static void putHistograms(final ObjectNode root, final Map<String, Histogram> byTag)
    {
        final ObjectNode node = root.putObject("histograms");
        byTag.forEach((tag, h) ->
        {
            if (h.getTotalCount() > 0)
            {
                node.put(tag, HistogramCodec.encode(h));
            }
        });
    }

    /** Writes a temporary file beside the target and renames it into place: a reader never sees half of it. */
    public static void writeAtomically(final Path file, final ObjectMapper mapper, final ObjectNode root)
        throws IOException
    {
        final Path target = file.toAbsolutePath();
        if (Files.exists(target) && !Files.isRegularFile(target))
        {
            // a device or a pipe (/dev/stdout, a fifo) cannot be renamed over: it is written in place
            try (OutputStream out = Files.newOutputStream(target))
            {
                mapper.writeValue(out, root);
            }
            return;
        }
        final Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try
        {
            mapper.writeValue(temp.toFile(), root);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally
        {
            Files.deleteIfExists(temp);
        }
    }

    /** The figures of one op type, or of all together, over `seconds`, as the summary lists them. */
    public static ObjectNode stats(final OpStats.Interval s, final double seconds)
    {
        final ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("ops", s.ops());
        node.put("partitions", s.partitions());
        node.put("rows", s.rows());
        node.put("errors", s.errors());
        node.put("not_applied", s.notApplied());
        node.put("retries", s.retries());
        node.put("cut_off", s.cutOff());
        final ObjectNode byClass = node.putObject("errors_by_class");
        for (final Outcome o : Outcome.ERRORS)
        {
            byClass.put(o.label(), s.errors(o));
        }
        node.put("op_rate", s.ops() / seconds);
        node.put("partition_rate", s.partitions() / seconds);
        node.put("row_rate", s.rows() / seconds);
        final ObjectNode latency = node.putObject("latency_ms");
        put(latency, "st", s.serviceTime());
        put(latency, "rt", s.responseTime());
        put(latency, "wt", s.waitTime());
        return node;
    }

    private static void put(final ObjectNode latency, final String name, final Histogram h)
    {
        if (h.getTotalCount() == 0)
        {
            return;
        }
        final ObjectNode node = latency.putObject(name);
        node.put("mean", h.getMean() * MS);
        for (int i = 0; i < PERCENTILES.length; i++)
        {
            node.put(PERCENTILE_NAMES[i], h.getValueAtPercentile(PERCENTILES[i]) * MS);
        }
        node.put("max", h.getMaxValue() * MS);
    }
}
