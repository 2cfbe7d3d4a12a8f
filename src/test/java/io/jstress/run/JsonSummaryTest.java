package io.jstress.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** -log json= is the console's Results as a document, written whatever the outcome. */
@ExtendWith(SharedNode.class)
class JsonSummaryTest
{
    @Test
    void theDocumentHoldsTheConsoleFiguresToThePrintedPrecision(@TempDir final Path dir) throws IOException
    {
        Jstress.run("write n=500 no-warmup -pop seq=1..500 -schema keyspace=jstress_json");
        final Path json = dir.resolve("mixed.json");
        final Jstress run = Jstress.run("mixed ratio(write=1,read=2) n=3000 no-warmup -pop dist=UNIFORM(1..500) "
            + "-rate threads=10 throttle=1500/s -log json=" + json + " -schema keyspace=jstress_json");
        assertEquals(0, run.exitCode, run::toString);

        final JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals("jstress-summary/1", doc.get("format").asText());
        assertEquals("success", doc.get("outcome").asText());
        assertEquals(0, doc.get("exit_code").asInt());
        assertTrue(doc.get("command").asText().contains("password=*suppressed*"), doc.get("command").asText());
        assertFalse(Files.readString(json).contains("password=cassandra"));
        assertTrue(doc.get("end_ms").asLong() > doc.get("start_ms").asLong());
        assertEquals("jstress_json", doc.get("settings").get("schema").get("keyspace").asText());

        final Map<String, Double> results = HarnessParser.results(run.out);
        final JsonNode total = doc.get("total");
        assertEquals(results.get("op rate"), Math.rint(total.get("op_rate").asDouble()));
        assertEquals(results.get("total partitions"), total.get("partitions").asDouble());
        assertEquals(results.get("total errors"), total.get("errors").asDouble());
        final JsonNode st = total.get("latency_ms").get("st");
        assertEquals(results.get("latency mean"), oneDecimal(st.get("mean")));
        assertEquals(results.get("latency median"), oneDecimal(st.get("p50")));
        assertEquals(results.get("latency 99th percentile"), oneDecimal(st.get("p99")));
        assertEquals(results.get("latency max"), oneDecimal(st.get("max")));
        final String meanLine = run.resultsLine("Latency mean");
        assertTrue(meanLine.contains(String.format(Locale.ROOT, "READ: %.1f ms",
            doc.get("ops").get("READ").get("latency_ms").get("st").get("mean").asDouble())), meanLine);
        assertTrue(meanLine.contains(String.format(Locale.ROOT, "WRITE: %.1f ms",
            doc.get("ops").get("WRITE").get("latency_ms").get("st").get("mean").asDouble())), meanLine);
        assertEquals(0, doc.get("loader").get("lost_samples").asLong());
    }

    @Test
    void anInterruptedRunStillWritesItsSummary(@TempDir final Path dir) throws IOException, InterruptedException
    {
        final Path json = dir.resolve("interrupted.json");
        final List<String> args = new ArrayList<>(List.of("write", "duration=60s", "no-warmup", "-rate", "threads=5",
            "throttle=100/s", "-log", "json=" + json, "-schema", "keyspace=jstress_json"));
        args.addAll(TestNode.args(true));
        try (JstressProcess run = JstressProcess.start(args.toArray(String[]::new)))
        {
            assertTrue(run.awaitLine(l -> l.startsWith("total,"), Duration.ofSeconds(60)), run::stdout);
            run.signal("INT");
            assertEquals(130, run.waitFor(Duration.ofSeconds(10)));
        }
        final JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertEquals("interrupted", doc.get("outcome").asText());
        assertEquals(130, doc.get("exit_code").asInt());
        assertTrue(doc.get("total").get("ops").asLong() > 0);
        try (var files = Files.list(dir))
        {
            assertEquals(1, files.count(), "no temporary file is left beside the summary");
        }
    }

    private static double oneDecimal(final JsonNode ms)
    {
        return Double.parseDouble(String.format(Locale.ROOT, "%.1f", ms.asDouble()));
    }
}
