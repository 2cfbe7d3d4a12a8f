package io.jstress.run;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Distribution;
import io.jstress.testing.SharedNode;
import io.jstress.workload.RowGenerator;
import io.jstress.workload.Schema;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.LongSummaryStatistics;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Several jstress processes on one workload: -split shares it exactly, start-at= starts them together, merge joins
 * their results, and a fresh keyspace survives ten of them creating it at once.
 */
@ExtendWith(SharedNode.class)
class ManyLoadersTest
{
    /** Ten JVMs and a Cassandra node on two cores start slowly; each gets a small heap and room to breathe. */
    private static final List<String> SMALL_JVM = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");
    private static final Duration LIMIT = Duration.ofMinutes(3);

    @Test
    void tenLoadersStartedAtOnceOnAFreshKeyspaceAllSucceed() throws Exception
    {
        final String keyspace = "jstress_race_" + UUID.randomUUID().toString().substring(0, 8);
        final List<JstressProcess> loaders = new ArrayList<>();
        try
        {
            for (int i = 0; i < 10; i++)
            {
                loaders.add(JstressProcess.start(SMALL_JVM,
                    args("write n=200 no-warmup -rate threads=4 -schema keyspace=" + keyspace)));
            }
            for (final JstressProcess loader : loaders)
            {
                assertEquals(0, loader.waitFor(LIMIT), () -> loader.stdout() + loader.stderr());
                assertTrue(loader.stdout().strip().endsWith("END"), loader::stdout);
            }
        }
        finally
        {
            loaders.forEach(JstressProcess::close);
        }
        try (CqlSession session = TestNode.session())
        {
            assertEquals(200, session.execute("SELECT key FROM " + keyspace + ".standard1").all().size());
        }
    }

    @Test
    void threeSplitLoadersWriteExactlyTheKeysOfOneUnsplitWriteAndMergeExactly(@TempDir final Path dir) throws Exception
    {
        final List<JstressProcess> loaders = new ArrayList<>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                // the index comes from the environment, as in a Kubernetes Indexed Job
                loaders.add(JstressProcess.start(Map.of("JOB_COMPLETION_INDEX", Integer.toString(i)), SMALL_JVM,
                    args("write n=30000 -rate threads=50 -split of=3 -schema keyspace=jstress_split "
                        + "-log hdrfile=" + dir.resolve("loader-" + i + ".hdr") + " json=" + dir.resolve("loader-" + i
                        + ".json"))));
            }
            for (final JstressProcess loader : loaders)
            {
                assertEquals(0, loader.waitFor(LIMIT), () -> loader.stdout() + loader.stderr());
            }
        }
        finally
        {
            loaders.forEach(JstressProcess::close);
        }
        for (int i = 0; i < 3; i++)
        {
            final JsonNode summary = new ObjectMapper().readTree(dir.resolve("loader-" + i + ".json").toFile());
            assertEquals(10_000, summary.get("total").get("ops").asLong(), "loader " + i + " did its third");
            assertEquals(i, summary.get("settings").get("split").get("index").asInt());
        }
        assertEquals(unsplitKeys(30_000), keysIn("jstress_split"), "the keys one write n=30000 writes, each once");

        final Histogram every = new Histogram(3);
        for (int i = 0; i < 3; i++)
        {
            final HistogramLogReader reader = new HistogramLogReader(dir.resolve("loader-" + i + ".hdr").toFile());
            EncodableHistogram h;
            while ((h = reader.nextIntervalHistogram()) != null)
            {
                every.add((Histogram)h);
            }
        }
        assertEquals(30_000, every.getTotalCount());
        final Jstress merged = merge(dir, "hdr", "-log hdrfile=" + dir.resolve("merged.hdr") + " json="
            + dir.resolve("merged.json"));
        assertEquals(0, merged.exitCode, merged::toString);
        final Map<String, Double> results = HarnessParser.results(merged.out);
        assertEquals(30_000, results.get("total partitions"), merged::toString);
        assertEquals(ms(every.getValueAtPercentile(50)), results.get("latency median"), merged::toString);
        assertEquals(ms(every.getValueAtPercentile(99)), results.get("latency 99th percentile"), merged::toString);
        assertEquals(ms(every.getMaxValue()), results.get("latency max"), merged::toString);
        assertExact(every, new ObjectMapper().readTree(dir.resolve("merged.json").toFile()));
        final Jstress fromSummaries = merge(dir, "json", "");
        assertEquals(0, fromSummaries.exitCode, fromSummaries::toString);
        assertEquals(results.get("latency 99th percentile"),
            HarnessParser.results(fromSummaries.out).get("latency 99th percentile"), fromSummaries::toString);
    }

    @Test
    void threeLoadersWithACommonStartLineUpAndTogetherHoldTheRate(@TempDir final Path dir) throws Exception
    {
        // the keyspace exists beforehand, so the loaders spend their lead starting JVMs, connecting and warming up:
        // three JVMs on two cores shared with the node took up to 32 s under a load average of 20, so 45 s
        assertEquals(0, Jstress.run("write n=1 no-warmup -schema keyspace=jstress_start").exitCode);
        final long startAt = Instant.now().getEpochSecond() + 45;
        final List<JstressProcess> loaders = new ArrayList<>();
        try
        {
            for (int i = 0; i < 3; i++)
            {
                // warmed up (150 ops each), so a cold JVM does not fall behind the schedule at the start
                loaders.add(JstressProcess.start(List.of("-Xmx256m"), args("write n=1800 -rate threads=50 "
                    + "fixed=300/s -split of=3 index=" + i + " start-at=" + startAt + " -schema keyspace=jstress_start "
                    + "-log interval=1s hdrfile=" + dir.resolve("loader-" + i + ".hdr") + " json="
                    + dir.resolve("loader-" + i + ".json"))));
            }
            for (final JstressProcess loader : loaders)
            {
                assertEquals(0, loader.waitFor(LIMIT), () -> loader.stdout() + loader.stderr());
                assertTrue(loader.stdout().contains("Waiting"), loader::stdout);
                assertFalse(loader.stderr().contains("start-at"), "ready before the start: " + loader.stderr());
            }
        }
        finally
        {
            loaders.forEach(JstressProcess::close);
        }
        final List<List<Long>> starts = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            final JsonNode summary = new ObjectMapper().readTree(dir.resolve("loader-" + i + ".json").toFile());
            assertEquals(startAt * 1000, summary.get("start_ms").asLong());
            assertEquals(600, summary.get("total").get("ops").asLong(), "loader " + i + ": a third");
            // over a 6 s run, the last op's response time is in the duration: 5 % allows 300 ms of it on a loaded box
            assertEquals(100.0, summary.get("total").get("op_rate").asDouble(), 5.0, "loader " + i + ": a third");
            starts.add(intervalStarts(dir.resolve("loader-" + i + ".hdr")));
        }
        for (int k = 0; k < 6; k++)
        {
            final int interval = k;
            final LongSummaryStatistics at = starts.stream().mapToLong(s -> s.get(interval)).summaryStatistics();
            assertTrue(at.getMax() - at.getMin() <= 10, "interval " + k + " starts within 10 ms: " + starts);
            assertEquals(startAt * 1000 + k * 1000, at.getMin(), 1.0, "interval " + k + " starts on the grid");
        }
        final Jstress merged = merge(dir, "hdr", "-log json=" + dir.resolve("merged.json"));
        assertEquals(0, merged.exitCode, merged::toString);
        assertEquals("", merged.err.lines().filter(l -> l.contains("line up")).findFirst().orElse(""));
        final double rate = new ObjectMapper().readTree(dir.resolve("merged.json").toFile()).get("total")
            .get("op_rate").asDouble();
        assertEquals(300, rate, 3, "the merged rate is the unsplit fixed=300/s within 1 %");
    }

    @Test
    void aSignalEndsTheWaitForTheCommonStart() throws Exception
    {
        final long startAt = Instant.now().getEpochSecond() + 600;
        try (JstressProcess loader = JstressProcess.start(SMALL_JVM, args("write n=100 no-warmup -rate threads=2 "
            + "-split start-at=" + startAt + " -schema keyspace=jstress_start")))
        {
            assertTrue(loader.awaitLine(l -> l.startsWith("Waiting"), LIMIT), loader::stdout);
            loader.signal("TERM");
            assertEquals(143, loader.waitFor(Duration.ofSeconds(10)), loader::stderr);
            assertTrue(loader.stdout().contains("\nResults:\n"), loader::stdout);
            assertTrue(loader.stdout().strip().endsWith("FAILURE"), loader::stdout);
        }
    }

    /** jstress merge of the three loaders' files of one kind, in this JVM. */
    private static Jstress merge(final Path dir, final String kind, final String options)
    {
        final StringBuilder line = new StringBuilder("merge");
        for (int i = 0; i < 3; i++)
        {
            line.append(' ').append(dir.resolve("loader-" + i + "." + kind));
        }
        return Jstress.plain(line + " " + options);
    }

    private static void assertExact(final Histogram every, final JsonNode merged)
    {
        final JsonNode st = merged.get("total").get("latency_ms").get("st");
        assertEquals(every.getTotalCount(), merged.get("total").get("ops").asLong());
        assertEquals(every.getValueAtPercentile(50) * 1e-6, st.get("p50").asDouble());
        assertEquals(every.getValueAtPercentile(99) * 1e-6, st.get("p99").asDouble());
        assertEquals(every.getMaxValue() * 1e-6, st.get("max").asDouble());
        assertEquals(3, merged.get("inputs").size());
    }

    /** As the Results print it: milliseconds to one decimal. */
    private static double ms(final long ns)
    {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", ns * 1e-6));
    }

    private static List<Long> intervalStarts(final Path hdr) throws IOException
    {
        final List<Long> starts = new ArrayList<>();
        final HistogramLogReader reader = new HistogramLogReader(hdr.toFile());
        EncodableHistogram h;
        while ((h = reader.nextIntervalHistogram()) != null)
        {
            if ("WRITE-st".equals(h.getTag()))
            {
                starts.add(h.getStartTimeStamp());
            }
        }
        return starts;
    }

    /** The partition keys `write n=N` writes: those of seeds 1..N. */
    private static Set<String> unsplitKeys(final long n)
    {
        final ColumnSettings columns = io.jstress.cli.StressCommandLine.settings("write", "n=" + n).columns();
        assertEquals(new Distribution.Seq(1, n),
            io.jstress.cli.StressCommandLine.settings("write", "n=" + n).population().keys());
        final RowGenerator rows = new RowGenerator(columns, 10);
        final byte[] key = new byte[rows.keyLength()];
        final Set<String> keys = new HashSet<>();
        for (long seed = 1; seed <= n; seed++)
        {
            rows.key(seed, key);
            keys.add(HexFormat.of().formatHex(key));
        }
        return keys;
    }

    private static Set<String> keysIn(final String keyspace)
    {
        final Set<String> keys = new HashSet<>();
        int rows = 0;
        try (CqlSession session = TestNode.session())
        {
            for (final Row row : session.execute("SELECT key FROM " + keyspace + "." + Schema.STANDARD))
            {
                final ByteBuffer key = row.getByteBuffer(0);
                final byte[] bytes = new byte[key.remaining()];
                key.get(bytes);
                keys.add(HexFormat.of().formatHex(bytes));
                rows++;
            }
        }
        assertEquals(keys.size(), rows);
        return keys;
    }

    private static String[] args(final String line)
    {
        final List<String> args = new ArrayList<>(List.of(line.trim().split("\\s+")));
        args.addAll(TestNode.args(true));
        return args.toArray(String[]::new);
    }
}
