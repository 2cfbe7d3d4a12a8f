package io.jstress.report.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.report.GcMonitor;
import io.jstress.report.Outcome;
import io.jstress.report.Report;
import io.jstress.settings.GraphSettings;
import io.jstress.settings.OpType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's stats block: a jstress run appends to a page cassandra-stress wrote and keeps its runs, the page it
 * writes is read back by cassandra-stress's own pattern, and it fetches nothing from the network.
 */
class GraphFileTest
{
    /** cassandra-stress 3.19.0's StressGraph finds the block with this pattern. */
    private static final Pattern CASSANDRA_STRESS = Pattern.compile(
        "(?s).*/\\* stats start \\*/\\nstats = (.*);\\n/\\* stats end \\*/.*");
    private static final long MS = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void aRunIsAppendedToAPageCassandraStressWroteAndItsRunsAreKept() throws IOException
    {
        final Path page = dir.resolve("cs.html");
        Files.writeString(page, resource("cassandra-stress-stats.html"));
        final JsonNode before = stats(page);

        addRun(page, new GraphSettings(Optional.of(page), Optional.empty(), Optional.of("jstress-1")));

        final JsonNode after = stats(page);
        assertTrue(before.get("title").isNull(), "cassandra-stress 3.19.0 wrote title null (its second run had none)");
        assertTrue(after.get("title").asText().startsWith("jstress - "), "a null title gets the date");
        assertEquals(3, after.get("stats").size());
        assertEquals(before.get("stats").get(0), after.get("stats").get(0));
        assertEquals(before.get("stats").get(1), after.get("stats").get(1));
        final JsonNode run = after.get("stats").get(2);
        assertEquals("WRITE", run.get("test").asText());
        assertEquals("jstress-1", run.get("revision").asText());
        assertEquals(before.get("stats").get(0).get("metrics"), run.get("metrics"));
        assertEquals(2, run.get("intervals").size());
        assertEquals(19, run.get("intervals").get(0).size());
        assertTrue(run.get("intervals").get(0).get(0).isNull(), "the type column is no number, as cassandra-stress keeps it");
        assertEquals(100, run.get("intervals").get(0).get(1).asInt(), "total ops of the first interval");
        assertEquals(300, run.get("intervals").get(1).get(1).asInt(), "total ops of the second interval");
        assertTrue(run.get("op rate").asText().endsWith("op/s  [WRITE: " + run.get("op rate").asText().split(" ")[0]
            + " op/s]"), run::toString);
        assertEquals("0 [WRITE: 0]", run.get("total errors").asText());
        final JsonNode extra = run.get("jstress");
        assertEquals(List.of(1.0, 2.0), List.of(extra.get("time_s").get(0).asDouble(), extra.get("time_s").get(1).asDouble()));
        assertEquals(2, extra.get("latency_ms").get("st").get("p99").size());
        assertFalse(extra.get("latency_ms").has("rt"), "no schedule, no response time");
        final JsonNode spectrum = extra.get("spectrum_ms").get("st");
        assertEquals(100.0, spectrum.get(spectrum.size() - 1).get(0).asDouble(), 0.0);
        assertEquals(9.0, spectrum.get(spectrum.size() - 1).get(1).asDouble(), 0.01, "the spectrum ends at the max");
    }

    @Test
    void theWrittenPageIsSelfContainedAndCassandraStressCanReadItsStats() throws IOException
    {
        final Path page = dir.resolve("new.html");
        addRun(page, new GraphSettings(Optional.of(page), Optional.of("Nightly </script> build"), Optional.empty()));

        final Matcher m = CASSANDRA_STRESS.matcher(Files.readString(page));
        assertTrue(m.matches());
        final JsonNode stats = new ObjectMapper().readTree(m.group(1));
        assertEquals("Nightly </script> build", stats.get("title").asText());
        assertEquals("unknown", stats.get("stats").get(0).get("revision").asText(), "cassandra-stress's default");
        addRun(page, new GraphSettings(Optional.of(page), Optional.empty(), Optional.of("second")));
        assertEquals("Nightly </script> build", stats(page).get("title").asText(), "a page keeps its title");
        assertEquals(2, stats(page).get("stats").size());
        final String html = Files.readString(page);
        assertEquals(4, html.split("</script>", -1).length - 1, "a title cannot close a script early");
        for (final String external : List.of("src=", "href=", "<link", "http://", "@import"))
        {
            assertFalse(html.contains(external), "the page loads nothing from outside: " + external);
        }
        assertTrue(html.contains("https://github.com/leeoniya/uPlot"), "uPlot is inlined with its origin");
    }

    @Test
    void aFileThatIsNoGraphPageStopsTheRunAndIsLeftAlone() throws IOException
    {
        final Path notes = Files.writeString(dir.resolve("notes.html"), "<html>my notes</html>");
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> GraphReport.open(new GraphSettings(Optional.of(notes), Optional.empty(), Optional.empty()), "WRITE"));
        assertTrue(e.getMessage().startsWith("cannot append to -graph file=" + notes), e.getMessage());
        assertEquals("<html>my notes</html>", Files.readString(notes));
    }

    /** A WRITE run of two 1 s intervals: 100 ops of 1..9 ms, then 200 of 2 ms. */
    private static void addRun(final Path page, final GraphSettings settings) throws IOException
    {
        final GraphReport graph = GraphReport.open(settings, "WRITE").orElseThrow();
        try (GcMonitor gc = new GcMonitor())
        {
            final Report report = new Report(List.of(OpType.WRITE.name()), false, new PrintStream(OutputStream.nullOutputStream()),
                null, gc);
            final GraphRecorder recorder = graph.recorder(report);
            for (int i = 0; i < 100; i++)
            {
                report.record(0, 0, 0, (1 + i % 9) * MS, 1, 1, Outcome.OK, 1);
            }
            report.closeInterval(0, 1000 * MS, 1.0);
            for (int i = 0; i < 200; i++)
            {
                report.record(0, 0, 1000 * MS, 1002 * MS, 1, 1, Outcome.OK, 1);
            }
            report.closeInterval(1000 * MS, 2000 * MS, 2.0);
            graph.add(recorder, report, 2000 * MS, "write n=300 -graph file=" + page, Optional.empty());
        }
    }

    private static JsonNode stats(final Path page) throws IOException
    {
        final Matcher m = CASSANDRA_STRESS.matcher(Files.readString(page));
        assertTrue(m.matches());
        return new ObjectMapper().readTree(m.group(1));
    }

    private static String resource(final String name) throws IOException
    {
        try (InputStream in = GraphFileTest.class.getResourceAsStream(name))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
