package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** duration=, throttle=, mixed ratios and the in-flight cap, observed from outside as a user would. */
@ExtendWith(SharedNode.class)
class RateAndDurationTest
{
    @Test
    void aThrottledTimedRunReportsAtExactBoundariesAndHoldsItsRate(@TempDir final Path dir) throws IOException
    {
        final Path json = dir.resolve("run.json");
        final Jstress run = Jstress.run("write duration=10s no-warmup -rate threads=20 throttle=500/s "
            + "-log interval=1s json=" + json + " -schema keyspace=jstress_rate");

        assertEquals(0, run.exitCode, run::toString);
        final List<String[]> rows = HarnessParser.totalRows(run.out);
        assertEquals(10, rows.size(), run::toString);
        for (int i = 0; i < rows.size(); i++)
        {
            assertEquals(String.format("%d.0", i + 1), rows.get(i)[11], run::toString);
        }
        assertEquals("Total operation time      : 00:00:10", run.resultsLine("Total operation time"));
        final long ops = (long)(double)HarnessParser.results(run.out).get("total partitions");
        assertTrue(Math.abs(ops - 5000) <= 100, "5,000 ops +- 2%, got " + ops);
        final JsonNode summary = new ObjectMapper().readTree(json.toFile());
        assertEquals(10.0, summary.get("duration_s").asDouble(), 0.05, "total operation time within 50 ms of 10 s");
        assertEquals(0, summary.get("loader").get("lost_samples").asLong());
    }

    @Test
    void mixedRunsFollowTheirRatio(@TempDir final Path dir) throws IOException
    {
        Jstress.run("write n=2000 no-warmup -pop seq=1..2000 -rate threads=50 -schema keyspace=jstress_mixed");
        final Path json = dir.resolve("mixed.json");
        final Jstress run = Jstress.run("mixed ratio(write=1,read=3) n=20000 no-warmup -pop dist=UNIFORM(1..2000) "
            + "-rate threads=50 -log json=" + json + " -schema keyspace=jstress_mixed");

        assertEquals(0, run.exitCode, run::toString);
        final JsonNode ops = new ObjectMapper().readTree(json.toFile()).get("ops");
        final double reads = ops.get("READ").get("ops").asDouble();
        final double writes = ops.get("WRITE").get("ops").asDouble();
        assertEquals(20_000, reads + writes);
        assertEquals(0.75, reads / (reads + writes), 0.02);
        final Map<String, Double> results = HarnessParser.results(run.out);
        assertEquals(20_000, results.get("total partitions"));
        assertTrue(HarnessParser.mixedBrackets(run.resultsLine("Latency mean")).isPresent(), run::toString);
    }

    @Test
    void processesTimesThreadsCapsWhatIsInFlight(@TempDir final Path dir) throws IOException
    {
        final Path json = dir.resolve("cap.json");
        final Jstress run = Jstress.run("write n=5000 no-warmup -rate threads=8 processes=2 -log json=" + json
            + " -schema keyspace=jstress_cap");

        assertEquals(0, run.exitCode, run::toString);
        final JsonNode loader = new ObjectMapper().readTree(json.toFile()).get("loader");
        final long maxInFlight = loader.get("max_in_flight").asLong();
        assertTrue(maxInFlight <= 16 && maxInFlight > 8, "2 dispatchers x 8 permits, saw " + maxInFlight);
        assertTrue(run.out.contains("Running WRITE with 16 threads for 5000 iteration"), run::toString);
    }
}
