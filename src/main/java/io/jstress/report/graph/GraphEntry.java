package io.jstress.report.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run as an entry of the page's stats array. The fields cassandra-stress's page reads come first, in its
 * format: test, revision, command, metrics, intervals (the printed total rows) and each Results line under its
 * lower-cased label. What it does not record goes under "jstress": exact interval end times, the p50, p95, p99
 * and max of st, rt and wt per interval, and the whole run's percentile spectrum of each from the merged histogram.
 */
final class GraphEntry
{
    static final String FORMAT = "jstress-graph/1";
    static final List<String> KINDS = List.of("st", "rt", "wt");
    private static final String[] LATENCY_NAMES = {"p50", "p95", "p99", "max"};
    /** Points per halving of the remaining tail: about 5 per "nine", enough for a smooth spectrum. */
    private static final int TICKS_PER_HALF_DISTANCE = 5;
    private static final int MS_SCALE = 4;
    /** Tail percentiles such as 99.99990 must stay apart from 100. */
    private static final int PERCENTILE_SCALE = 8;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GraphEntry()
    {
    }

    /**
     * @param results the Results block as printed
     * @param whole   the whole run's merged histogram of each latency kind ("st", "rt", "wt")
     */
    static ObjectNode of(final GraphRecorder recorder, final String results, final Map<String, Histogram> whole,
        final String test, final String revision, final String command)
    {
        final ObjectNode entry = JSON.objectNode();
        entry.put("test", test);
        entry.put("revision", revision);
        entry.put("command", command);
        final ArrayNode metrics = entry.putArray("metrics");
        GraphRecorder.METRICS.forEach(metrics::add);
        final ArrayNode intervals = entry.putArray("intervals");
        for (final List<BigDecimal> row : recorder.rows())
        {
            final ArrayNode values = intervals.addArray();
            row.forEach(values::add);
        }
        aggregates(results, entry);
        entry.set("jstress", extra(recorder, whole));
        return entry;
    }

    /** Each "Label : value" line of the Results block, keyed by its lower-cased label, as cassandra-stress keeps it. */
    private static void aggregates(final String results, final ObjectNode entry)
    {
        boolean inResults = false;
        for (final String line : results.split("\n", -1))
        {
            if (line.equals("Results:"))
            {
                inResults = true;
            }
            else if (inResults && line.isEmpty())
            {
                return;
            }
            else if (inResults)
            {
                final String[] parts = line.split(":", 2);
                if (parts.length == 2)
                {
                    entry.put(parts[0].trim().toLowerCase(Locale.ROOT), parts[1].trim());
                }
            }
        }
    }

    private static ObjectNode extra(final GraphRecorder recorder, final Map<String, Histogram> whole)
    {
        final ObjectNode extra = JSON.objectNode();
        extra.put("format", FORMAT);
        final ArrayNode times = extra.putArray("time_s");
        recorder.times().forEach(t -> times.add(round(t, MS_SCALE)));
        final ObjectNode latency = extra.putObject("latency_ms");
        final ObjectNode spectrum = extra.putObject("spectrum_ms");
        for (final String kind : KINDS)
        {
            final Histogram h = whole.get(kind);
            if (h == null || h.getTotalCount() == 0)
            {
                continue;
            }
            latency.set(kind, overTime(recorder.latency(kind)));
            spectrum.set(kind, spectrum(h));
        }
        return extra;
    }

    /** {"p50": [...], "p95": [...], "p99": [...], "max": [...]}, null for an interval that recorded none. */
    private static ObjectNode overTime(final List<double[]> perInterval)
    {
        final ObjectNode node = JSON.objectNode();
        for (int i = 0; i < LATENCY_NAMES.length; i++)
        {
            final ArrayNode values = node.putArray(LATENCY_NAMES[i]);
            for (final double[] interval : perInterval)
            {
                if (interval == null)
                {
                    values.addNull();
                }
                else
                {
                    values.add(round(interval[i], MS_SCALE));
                }
            }
        }
        return node;
    }

    /** [[percentile, ms], ...] up to the maximum, as HdrHistogram's percentile output lists it. */
    private static ArrayNode spectrum(final Histogram h)
    {
        final ArrayNode points = JSON.arrayNode();
        for (final HistogramIterationValue v : h.percentiles(TICKS_PER_HALF_DISTANCE))
        {
            points.addArray().add(round(v.getPercentileLevelIteratedTo(), PERCENTILE_SCALE))
                .add(round(v.getValueIteratedTo() / 1e6, MS_SCALE));
        }
        return points;
    }

    /** A tenth of a microsecond is plenty for ms and seconds, and keeps the page small. */
    private static BigDecimal round(final double value, final int scale)
    {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
