package io.jstress.report.merge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jstress.cli.Main;
import io.jstress.report.HdrLog;
import io.jstress.report.HistogramCodec;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** jstress merge on files written here, so every figure it prints is known in advance. */
class MergeTest
{
    private static final long START_MS = 1_718_000_000_000L;
    private static final long MS = 1_000_000L;

    private record Result(int code, String out, String err)
    {
    }

    private static Result merge(final String... args)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final String[] line = new String[args.length + 1];
        line[0] = "merge";
        System.arraycopy(args, 0, line, 1, args.length);
        final int code = Main.run(line, new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A log of `intervals` one-second WRITE-st intervals starting at startMs, loader i's values i*1000 + 1..n ms. */
    private static Path hdrLog(final Path dir, final String name, final long startMs, final int loader,
        final int intervals) throws IOException
    {
        final Path file = dir.resolve(name);
        try (HdrLog log = new HdrLog(file, startMs, 0))
        {
            for (int k = 0; k < intervals; k++)
            {
                final Histogram h = new Histogram(3);
                for (int v = 1; v <= 100; v++)
                {
                    h.recordValue((loader * 1000L + v + k) * MS);
                }
                log.write("WRITE-st", k * 1000 * MS, (k + 1) * 1000 * MS, h);
            }
        }
        return file;
    }

    @Test
    void mergedFiguresComeFromOneHistogramOfEverySampleAndTheLogKeepsItsIntervals(@TempDir final Path dir)
        throws IOException
    {
        final List<String> files = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            files.add(hdrLog(dir, "l" + i + ".hdr", START_MS, i, 4).toString());
        }
        final Path merged = dir.resolve("merged.hdr");
        final Path json = dir.resolve("merged.json");
        final List<String> args = new ArrayList<>(files);
        args.addAll(List.of("-log", "hdrfile=" + merged, "json=" + json));
        final Result r = merge(args.toArray(String[]::new));

        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("\nResults:\n"), r.out);
        assertTrue(r.out.contains("Total partitions          :      1,200 [WRITE: 1,200]"), r.out);
        assertTrue(r.out.contains("Op rate                   :      300 op/s"), r.out);
        final Histogram all = new Histogram(3);
        for (final String f : files)
        {
            final HistogramLogReader one = new HistogramLogReader(Path.of(f).toFile());
            EncodableHistogram e;
            while ((e = one.nextIntervalHistogram()) != null)
            {
                all.add((Histogram)e);
            }
        }
        assertTrue(r.out.contains(String.format(java.util.Locale.ROOT, "Latency max               : %.1f ms",
            all.getMaxValue() * 1e-6)), r.out);
        assertTrue(r.out.contains(String.format(java.util.Locale.ROOT, "Latency 99th percentile   : %.1f ms",
            all.getValueAtPercentile(99) * 1e-6)), r.out);
        assertTrue(r.out.contains("Total operation time      : 00:00:04"), r.out);
        assertEquals(1, r.err.lines().count(), "one line says what an HDR log cannot tell: " + r.err);
        final Map<Long, Long> perInterval = new TreeMap<>();
        final HistogramLogReader reader = new HistogramLogReader(merged.toFile());
        EncodableHistogram h;
        while ((h = reader.nextIntervalHistogram()) != null)
        {
            assertEquals("WRITE-st", h.getTag());
            perInterval.merge(h.getStartTimeStamp(), ((Histogram)h).getTotalCount(), Long::sum);
        }
        assertEquals(Map.of(START_MS, 300L, START_MS + 1000, 300L, START_MS + 2000, 300L, START_MS + 3000, 300L),
            perInterval);
        final JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals("jstress-summary/1", doc.get("format").asText());
        assertEquals(3, doc.get("inputs").size());
        assertEquals(1200, doc.get("total").get("ops").asLong());
        assertEquals(all.getMaxValue() * 1e-6, doc.get("total").get("latency_ms").get("st").get("max").asDouble());
        assertEquals(1200, HistogramCodec.decode(doc.get("histograms").get("WRITE-st").asText()).getTotalCount());
    }

    @Test
    void inputsThatStartedApartAreMergedWithOneWarningLine(@TempDir final Path dir) throws IOException
    {
        final Path a = hdrLog(dir, "a.hdr", START_MS, 0, 3);
        final Path b = hdrLog(dir, "b.hdr", START_MS + 3000, 1, 3);
        final Result r = merge(a.toString(), b.toString());
        assertEquals(0, r.code, r::toString);
        final List<String> warnings = r.err.lines().filter(l -> l.contains("do not line up")).toList();
        assertEquals(1, warnings.size(), r.err);
        assertTrue(warnings.get(0).contains("started 3000 ms apart"), warnings.get(0));
        assertTrue(r.out.contains("Total operation time      : 00:00:06"), r.out);
    }

    @Test
    void summariesMergeExactlyFromTheirHistogramsAndCounts(@TempDir final Path dir) throws IOException
    {
        final ObjectMapper mapper = new ObjectMapper();
        final List<String> files = new ArrayList<>();
        final Histogram all = new Histogram(3);
        for (int i = 0; i < 2; i++)
        {
            final Histogram st = new Histogram(3);
            for (int v = 1; v <= 1000; v++)
            {
                st.recordValue((i * 7L + v) * 13_000L);
            }
            all.add(st);
            final ObjectNode doc = mapper.createObjectNode();
            doc.put("format", "jstress-summary/1");
            doc.put("command", "write n=2000 -split of=2 index=" + i + " -node x");
            doc.put("start_ms", START_MS);
            doc.put("duration_s", 2.0);
            doc.put("outcome", "success");
            doc.put("exit_code", 0);
            doc.putObject("settings").putObject("log").put("interval", 1000);
            final ObjectNode op = doc.putObject("ops").putObject("WRITE");
            op.put("partitions", 1000).put("rows", 1000).putObject("errors_by_class").put("timeout", i);
            doc.putObject("loader").put("gc_count", 2).put("gc_time_ms", 10.0);
            doc.putObject("histograms").put("WRITE-st", HistogramCodec.encode(st));
            final Path file = dir.resolve("s" + i + ".json");
            mapper.writeValue(file.toFile(), doc);
            files.add(file.toString());
        }
        final Path out = dir.resolve("merged.json");
        final List<String> args = new ArrayList<>(files);
        args.addAll(List.of("-log", "json=" + out));
        final Result r = merge(args.toArray(String[]::new));

        assertEquals(0, r.code, r::toString);
        assertEquals("", r.err, "the summaries line up: same command but for index=, same interval and start");
        assertTrue(r.out.contains("Total errors              :          1 [WRITE: 1]"), r.out);
        assertTrue(r.out.contains("Total GC count            : 4"), r.out);
        final JsonNode st = mapper.readTree(out.toFile()).get("total").get("latency_ms").get("st");
        assertEquals(all.getValueAtPercentile(50) * 1e-6, st.get("p50").asDouble());
        assertEquals(all.getValueAtPercentile(99) * 1e-6, st.get("p99").asDouble());
        assertEquals(all.getMaxValue() * 1e-6, st.get("max").asDouble());
        assertEquals("success", mapper.readTree(out.toFile()).get("outcome").asText());
    }

    @Test
    void inputsThatCannotBeMergedAreOneErrorLine(@TempDir final Path dir) throws IOException
    {
        final Path hdr = hdrLog(dir, "a.hdr", START_MS, 0, 2);
        final Path junk = Files.writeString(dir.resolve("junk.txt"), "hello\nworld\n");
        final Path json = Files.writeString(dir.resolve("old.json"), "{\"format\":\"jstress-summary/1\"}");
        final Path other = Files.writeString(dir.resolve("other.json"), "{\"a\":1}");
        assertError(merge(junk.toString()), "junk.txt: neither a jstress JSON summary nor an HDR log");
        assertError(merge(dir.resolve("missing.hdr").toString()), "missing.hdr: no such file");
        assertError(merge(json.toString()), "old.json: this summary holds no histograms");
        assertError(merge(other.toString()), "other.json: a JSON document, but not a jstress summary");
        final Path valid = Files.writeString(dir.resolve("valid.json"),
            "{\"format\":\"jstress-summary/1\",\"histograms\":{}}");
        assertError(merge(hdr.toString(), valid.toString()), "give either HDR logs or JSON summaries, not both");
        assertError(merge(), "merge: no files given; expected merge FILE... [-log [hdrfile=?] [json=?]]");
        assertError(merge(hdr.toString(), "-rate", "threads=1"), "merge: -rate has no meaning here");
        assertError(merge(hdr.toString(), "-log", "interval=1s"), "unknown word 'interval=1s'");
        assertError(merge(hdr.toString(), "-log", "hdrfile=" + hdr), "is also an input");
        assertFalse(Files.exists(dir.resolve("merged.hdr")));
    }

    private static void assertError(final Result r, final String message)
    {
        assertEquals(1, r.code, r::toString);
        assertEquals(1, r.err.lines().count(), r.err);
        assertTrue(r.err.contains(message), "expected '" + message + "' in " + r.err);
        assertEquals("", r.out, "nothing on stdout");
    }

    @Test
    void helpMergeSaysWhatItTakes()
    {
        final Result r = merge();
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"help", "merge"}, new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err), r::toString);
        final String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("Usage: merge FILE... [-log [hdrfile=?] [json=?]]"), text);
        assertTrue(text.contains("hdrfile=?"), text);
    }
}
