package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.report.IntervalReport;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * -rate auto threads&lt;=250 on a small population, as cassandra-stress's runMulti: steps of 4, 104 and 204
 * threads (304 is over the limit), each with its Running line, rows and Results, an Improvement line from the
 * second on, then the summary table and END; the JSON summary has one entry per step and the chosen count. The
 * sessions are opened once for all steps.
 */
@ExtendWith(SharedNode.class)
@Timeout(180)
class AutoModeTest
{
    private static final Pattern SUMMARY_ROW = Pattern.compile(
        "(  4|104|204) threadCount, (READ, |total,) .*");

    @Test
    void autoReadStepsThroughThreadCountsAndSummarisesThem(@TempDir final Path dir) throws IOException
    {
        final String data = "-pop seq=1..500 -schema keyspace=jstress_auto";
        final Jstress write = Jstress.run("write n=500 no-warmup " + data);
        assertEquals(0, write.exitCode, write::toString);
        final Path json = dir.resolve("auto.json");

        final Jstress auto = Jstress.run("read n=500 no-warmup " + data + " -rate auto threads<=250 -log level=verbose json="
            + json);

        assertEquals(0, auto.exitCode, auto::toString);
        final List<String> lines = auto.out.lines().toList();
        final int start = lines.indexOf("Thread count was not specified");
        assertTrue(start >= 0, auto::toString);
        assertEquals(List.of("", "Running with 4 threadCount", "Running READ with 4 threads for 500 iteration"),
            lines.subList(start + 1, start + 4));
        assertInOrder(lines, "Running with 104 threadCount", "Running READ with 104 threads for 500 iteration");
        assertInOrder(lines, "Running with 204 threadCount", "Running READ with 204 threads for 500 iteration");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("Running with 304")), auto::toString);
        assertEquals(2, lines.stream().filter(l -> l.matches("Improvement over (4|104) threadCount: -?\\d+%")).count(),
            auto::toString);
        assertEquals(3, lines.stream().filter(l -> l.equals("Results:")).count());

        final int header = lines.indexOf("             id, " + IntervalReport.HEADER);
        assertTrue(header > 0, auto::toString);
        for (int row = 1; row <= 6; row++)
        {
            assertTrue(SUMMARY_ROW.matcher(lines.get(header + row)).matches(), lines.get(header + row));
        }
        assertEquals("END", lines.get(header + 7));
        assertEquals(1, auto.err.lines().filter(l -> l.startsWith("Driver: protocol")).count(),
            "one connection for all steps: " + auto.err);

        final JsonNode search = new ObjectMapper().readTree(json.toFile()).get("thread_search");
        assertEquals(3, search.get("steps").size());
        assertEquals(500, search.get("steps").get(2).get("total").get("ops").asInt());
        assertTrue(Set.of(4, 104, 204).contains(search.get("chosen_threads").asInt()), search::toString);
    }

    private static void assertInOrder(final List<String> lines, final String first, final String second)
    {
        final int at = lines.indexOf(first);
        assertTrue(at > 0 && lines.get(at + 1).equals(second), first + " then " + second + " in:\n" + lines);
    }
}
