package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
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
class StallTest
{
    private static final int THREADS = 50;

    @Test
    void aTwoSecondServerStallShowsInResponseTimeButNotInServiceTime(@TempDir final Path dir)
        throws IOException, InterruptedException
    {
        final Path hdr = dir.resolve("stall.hdr");
        final List<String> args = new ArrayList<>(List.of("write", "duration=20s", "no-warmup", "-rate",
            "threads=" + THREADS, "fixed=1000/s", "-log", "hdrfile=" + hdr, "interval=1s", "-schema",
            "keyspace=jstress_stall"));
        args.addAll(TestNode.args(true));
        try (JstressProcess run = JstressProcess.start(args.toArray(String[]::new)))
        {
            assertTrue(run.awaitLine(l -> l.startsWith("total,") && l.contains(" 7.0,"), Duration.ofSeconds(60)),
                run::stdout);
            TestNode.pause();
            try
            {
                // the stall itself: the stimulus of this test, not a wait for something to happen
                new CountDownLatch(1).await(2, TimeUnit.SECONDS);
            }
            finally
            {
                TestNode.resume();
            }
            assertEquals(0, run.waitFor(Duration.ofSeconds(60)), run::stderr);

            final Map<String, Double> results = HarnessParser.results(run.stdout());
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
    }

    @Test
    void throttlePrintsServiceTimeWhileTheFileStillHasResponseTime(@TempDir final Path dir) throws IOException
    {
        final Path hdr = dir.resolve("throttle.hdr");
        final Jstress run = Jstress.run("write duration=10s no-warmup -rate threads=" + THREADS
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
