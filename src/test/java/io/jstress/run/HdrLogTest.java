package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** -log hdrfile= writes cassandra-stress's HDR log, and merging it gives the Results' figures. */
@ExtendWith(SharedNode.class)
class HdrLogTest
{
    @Test
    void theLogRoundTripsWithExactTagsIntervalsAndCounts(@TempDir final Path dir) throws IOException
    {
        Jstress.run("write n=100 no-warmup -pop seq=1..100 -schema keyspace=jstress_hdr");
        final Path hdr = dir.resolve("run.hdr");
        final Jstress run = Jstress.run("mixed ratio(write=1,read=1) duration=4s no-warmup -pop dist=UNIFORM(1..100) "
            + "-rate threads=10 throttle=500/s -errors ignore -log interval=1s hdrfile=" + hdr
            + " -schema keyspace=jstress_hdr");
        assertEquals(0, run.exitCode, run::toString);

        final List<String> header = Files.readAllLines(hdr).subList(0, 5);
        assertEquals("#Logging op latencies for Cassandra Stress", header.get(0));
        assertEquals("#[Histogram log format version 1.3]", header.get(1));
        assertTrue(header.get(2).matches("#\\[BaseTime: \\d+\\.000 \\(seconds since epoch\\)]"), header.get(2));
        assertTrue(header.get(3).matches("#\\[StartTime: \\d+\\.000 \\(seconds since epoch\\), .*]"), header.get(3));
        assertEquals("\"StartTimestamp\",\"Interval_Length\",\"Interval_Max\",\"Interval_Compressed_Histogram\"",
            header.get(4));

        final HistogramLogReader reader = new HistogramLogReader(hdr.toFile());
        final Map<String, Histogram> merged = new HashMap<>();
        final Map<String, Integer> intervals = new HashMap<>();
        final List<Double> starts = new ArrayList<>();
        final List<Long> lengths = new ArrayList<>();
        EncodableHistogram h;
        while ((h = reader.nextIntervalHistogram()) != null)
        {
            final Histogram histogram = (Histogram)h;
            merged.computeIfAbsent(h.getTag(), t -> new Histogram(3)).add(histogram);
            intervals.merge(h.getTag(), 1, Integer::sum);
            if ("WRITE-st".equals(h.getTag()))
            {
                starts.add(h.getStartTimeStamp() / 1000.0);
                lengths.add(h.getEndTimeStamp() - h.getStartTimeStamp());
            }
        }
        // the last interval also holds the ops still in flight at the deadline, which took milliseconds here
        for (int i = 0; i < lengths.size(); i++)
        {
            assertTrue(lengths.get(i) <= (i < lengths.size() - 1 ? 1000 : 1200), "interval lengths: " + lengths);
        }
        assertEquals(Set.of("READ-st", "READ-rt", "READ-wt", "WRITE-st", "WRITE-rt", "WRITE-wt"), merged.keySet());
        assertEquals(4, intervals.get("WRITE-st"), intervals::toString);
        for (int i = 1; i < starts.size(); i++)
        {
            assertEquals(1.0, starts.get(i) - starts.get(i - 1), 0.0015, "intervals are 1 s apart");
        }
        final Map<String, Double> results = HarnessParser.results(run.out);
        final long ops = merged.get("READ-st").getTotalCount() + merged.get("WRITE-st").getTotalCount();
        assertEquals(results.get("total partitions"), (double)ops, 0.0, "the file holds every op of the Results");
        assertEquals(merged.get("WRITE-st").getTotalCount(), merged.get("WRITE-rt").getTotalCount());
        final double maxMs = Math.max(merged.get("READ-st").getMaxValue(), merged.get("WRITE-st").getMaxValue()) / 1e6;
        assertEquals(results.get("latency max"), maxMs, 0.1, "Results' max is the merged file's max (st: throttle=)");
    }
}
