package io.jstress.report.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jstress.report.JsonSummary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * -log json= of jstress merge: a jstress-summary document for K runs as one. It has the fields of a run's summary
 * that merge exactly (ops, total, histograms, the span, the loaders' own lost samples and collections) and lists
 * its inputs; it has no settings or per-interval loader samples, which belong to one loader.
 */
final class MergedSummary
{
    private MergedSummary()
    {
    }

    static void write(final Path file, final MergedRun run) throws IOException
    {
        final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        final ObjectNode root = mapper.createObjectNode();
        root.put("format", JsonSummary.FORMAT);
        root.put("command", run.fromHdrLogs() ? null : run.inputs().get(0).command());
        root.put("start_ms", run.startMs());
        root.put("end_ms", run.endMs());
        if (!run.fromHdrLogs())
        {
            root.put("outcome", outcome(run));
            root.put("exit_code", run.inputs().stream()
                .mapToInt(r -> r.summary().orElseThrow().path("exit_code").asInt())
                .filter(code -> code != 0).findFirst().orElse(0));
        }
        root.put("duration_s", run.seconds());
        final ObjectNode ops = root.putObject("ops");
        run.ops().forEach((op, stats) -> ops.set(op, JsonSummary.stats(stats, run.seconds())));
        root.set("total", JsonSummary.stats(run.total(), run.seconds()));
        root.set("loader", loader(mapper, run));
        final ArrayNode inputs = root.putArray("inputs");
        for (final Recorded r : run.inputs())
        {
            final ObjectNode input = inputs.addObject();
            input.put("file", r.file().toString());
            input.put("kind", r.kind() == Recorded.Kind.HDR_LOG ? "hdr-log" : "jstress-summary");
            input.put("start_ms", r.startMs());
            input.put("end_ms", r.endMs());
            r.summary().ifPresent(s ->
            {
                input.put("command", s.path("command").asText());
                input.put("outcome", s.path("outcome").asText());
                input.put("exit_code", s.path("exit_code").asInt());
            });
        }
        JsonSummary.putHistograms(root, run.histograms());
        JsonSummary.writeAtomically(file, mapper, root);
    }

    /** success when every run succeeded; interrupted when any was; failure otherwise. */
    private static String outcome(final MergedRun run)
    {
        final List<String> outcomes = run.inputs().stream()
            .map(r -> r.summary().orElseThrow().path("outcome").asText()).toList();
        if (outcomes.stream().allMatch("success"::equals))
        {
            return "success";
        }
        return outcomes.contains("interrupted") ? "interrupted" : "failure";
    }

    private static ObjectNode loader(final ObjectMapper mapper, final MergedRun run)
    {
        final ObjectNode loader = mapper.createObjectNode();
        long inFlight = 0;
        double lagMs = 0;
        long lost = 0;
        for (final Recorded r : run.inputs())
        {
            final JsonNode l = r.summary().map(s -> s.path("loader")).orElse(mapper.createObjectNode());
            inFlight += l.path("max_in_flight").asLong();
            lagMs = Math.max(lagMs, l.path("max_schedule_lag_ms").asDouble());
            lost += l.path("lost_samples").asLong();
        }
        if (!run.fromHdrLogs())
        {
            loader.put("max_in_flight", inFlight);
            loader.put("max_schedule_lag_ms", lagMs);
            loader.put("lost_samples", lost);
            loader.put("gc_count", (long)run.gc().count());
            loader.put("gc_time_ms", run.gc().sumMs());
        }
        return loader;
    }
}
