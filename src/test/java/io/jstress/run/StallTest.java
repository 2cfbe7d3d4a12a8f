package io.jstress.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Coordinated omission, proven on a real server: stop the node for 2 s in the middle of a fixed-rate run. A
 * loader that measures from the moment it sends would hide the stall; rt, measured from the schedule, shows it.
 */
@ExtendWith(SharedNode.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StallTest
{
    private static final int THREADS = 50;

    @Test
    @Order(2)
    void aTwoSecondServerStallShowsInResponseTimeButNotInServiceTime(@TempDir final Path dir)
        throws IOException, InterruptedException
    {
        final Path hdr = dir.resolve("stall.hdr");
        final String out = stalledRun(7, Duration.ofSeconds(2), "write", "duration=20s", "no-warmup", "-rate",
            "threads=" + THREADS, "fixed=1000/s", "-log", "hdrfile=" + hdr, "interval=1s");
        final Map<String, Double> results = HarnessParser.results(out);
        assertTrue(results.get("latency 99th percentile") >= 1500, "rt p99 shows the stall: " + results);
        assertTrue(results.get("latency 95th percentile") >= 700, "rt p95 shows the stall: " + results);

        final Histogram st = merged(hdr, "WRITE-st");
        final Histogram rt = merged(hdr, "WRITE-rt");
        final long stAboveOneSecond = st.getCountBetweenValues(1_000_000_000L, Long.MAX_VALUE / 2);
        assertTrue(stAboveOneSecond <= 2L * THREADS,
            "st saw the stall only in the ops in flight or sent during it: " + stAboveOneSecond);
        assertTrue(rt.getCountBetweenValues(1_000_000_000L, Long.MAX_VALUE / 2) > 5 * stAboveOneSecond,
            "rt counts every op that came due during the stall");
        assertEquals(results.get("total partitions"), (double)st.getTotalCount(), 0.0);
    }

    /**
     * The stall spans the deadline of a 5 s run at 200/s: the ops in flight are waited for and recorded with
     * their real, multi-second latencies, and the ops that came due during the stall but were never sent are
     * counted, so the 1,000 ops the schedule intended are all accounted for.
     */
    @Test
    @Order(3)
    void aStallAcrossTheDeadlineIsRecordedNotDropped(@TempDir final Path dir) throws IOException, InterruptedException
    {
        final Path hdr = dir.resolve("tail.hdr");
        final Path json = dir.resolve("tail.json");
        final String out = stalledRun(2, Duration.ofMillis(3500), "write", "duration=5s", "no-warmup", "-rate",
            "threads=20", "fixed=200/s", "-log", "hdrfile=" + hdr, "json=" + json, "interval=1s");
        final JsonNode total = new ObjectMapper().readTree(json.toFile()).get("total");
        assertEquals(1000, total.get("ops").asLong() + total.get("not_sent").asLong() + total.get("cut_off").asLong(),
            "every op the schedule intended: " + total);
        assertTrue(total.get("not_sent").asLong() >= 300, "due during the stall, never sent: " + total);
        assertEquals(0, total.get("cut_off").asLong(), "the request timeout outlasts the stall");
        assertTrue(out.contains("\nOps due but never sent    : "), out);
        final Histogram st = merged(hdr, "WRITE-st");
        assertTrue(st.getMaxValue() >= 2_500_000_000L, "ops in flight at the deadline kept their latency: "
            + st.getMaxValue());
        assertEquals(total.get("ops").asLong(), st.getTotalCount(), "the HDR log holds every recorded op");
    }

    /**
     * Runs jstress against the node, stops the node (SIGSTOP) for this long once the row of second `afterRow` is
     * printed, and returns the run's output once it has exited 0. The stall is the stimulus of a test, not a wait
     * for something to happen.
     */
    private static String stalledRun(final int afterRow, final Duration stall, final String... words)
        throws IOException, InterruptedException
    {
        final List<String> args = new ArrayList<>(List.of(words));
        args.addAll(List.of("-schema", "keyspace=jstress_stall"));
        args.addAll(TestNode.args(true));
        try (JstressProcess run = JstressProcess.start(args.toArray(String[]::new)))
        {
            assertTrue(run.awaitLine(JstressProcess.rowAtOrAfter(afterRow), Duration.ofSeconds(60)), run::stdout);
            TestNode.pause();
            try
            {
                new CountDownLatch(1).await(stall.toMillis(), TimeUnit.MILLISECONDS);
            }
            finally
            {
                TestNode.resume();
            }
            assertEquals(0, run.waitFor(Duration.ofSeconds(60)), run::stderr);
            System.out.println(String.join(" ", words) + "\n" + run.stdout() + run.stderr());
            return run.stdout();
        }
    }

    /** First, while the node has not been stopped yet: a node just resumed can stay slow for seconds. */
    @Test
    @Order(1)
    void throttlePrintsServiceTimeWhileTheFileStillHasResponseTime(@TempDir final Path dir) throws IOException
    {
        final Path hdr = dir.resolve("throttle.hdr");
        // warmed up: a cold driver at 1000/s falls 150-500 ms behind its first second, a stall of its own
        final Jstress run = Jstress.run("write duration=10s -rate threads=" + THREADS
            + " throttle=1000/s -log interval=1s hdrfile=" + hdr + " -schema keyspace=jstress_stall");

        assertEquals(0, run.exitCode, run::toString);
        final Histogram st = merged(hdr, "WRITE-st");
        final Histogram rt = merged(hdr, "WRITE-rt");
        assertEquals(st.getTotalCount(), rt.getTotalCount());
        final Map<String, Double> results = HarnessParser.results(run.out);
        assertEquals(st.getMaxValue() / 1e6, results.get("latency max"), 0.1, "the console prints st");
        assertTrue(rt.getValueAtPercentile(99.0) / 1e6 < 100.0,
            "no stall: rt p99 stays under 100 ms, was " + rt.getValueAtPercentile(99.0) / 1e6);
    }

    private static Histogram merged(final Path hdr, final String tag) throws IOException
    {
        final Histogram merged = new Histogram(3);
        final HistogramLogReader reader = new HistogramLogReader(hdr.toFile());
        EncodableHistogram h;
        while ((h = reader.nextIntervalHistogram()) != null)
        {
            if (tag.equals(h.getTag()))
            {
                merged.add((Histogram)h);
            }
        }
        return merged;
    }
}
