package io.jstress.node;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.run.JstressProcess;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jstress against a real three-node ring (replication factor 3) while its nodes fail: node 3 is killed with
 * SIGKILL during a write at ONE, and node 2 is stopped with SIGSTOP for 3 s during a read at ONE and during a
 * write and a read at QUORUM. Every run completes; every op the run intended is accounted for (recorded, cut off
 * in flight, or due but never sent); every error is classified; the HDR log holds every recorded op; and at ONE,
 * ops succeed again once the driver has marked the dead node down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class RingTest
{
    private static final int OPS = 1000;
    private static final int DOWN = 2;
    private static final int STALLED = 1;
    private static EmbeddedCluster ring;

    /** About 40 s on an idle two-core box; a loaded one (other rings, other suites) can take several minutes. */
    @BeforeAll
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    static void startRing() throws IOException
    {
        ring = EmbeddedCluster.start(3, false);
        System.out.printf("3-node ring started in %.1f s%n", ring.startupTime().toMillis() / 1000.0);
    }

    @AfterAll
    static void stopRing()
    {
        if (ring != null)
        {
            ring.close();
        }
    }

    @Test
    @Order(1)
    void writesAtOneCarryOnAfterANodeIsKilled(@TempDir final Path dir) throws Exception
    {
        final Finished run = run(dir, "write", "ONE", () -> ring.kill(DOWN));

        // the rows after the kill: the driver has marked the node down and every op succeeds
        final List<String[]> rows = run.rows();
        for (final String[] row : rows.subList(rows.size() - 3, rows.size()))
        {
            assertTrue(Long.parseLong(row[2]) > 0 && row[13].equals("0"),
                "ops succeed at ONE: " + String.join(",", row));
        }
    }

    @Test
    @Order(2)
    void readsAtOneWaitOutAStalledNode(@TempDir final Path dir) throws Exception
    {
        final Finished run = run(dir, "read", "ONE", RingTest::stallOneNode);

        assertEquals(0, run.total.get("errors").asLong(), "one live replica is enough: " + run.total);
    }

    @Test
    @Order(3)
    void writesAtQuorumFeelAStalledNodeAndCountWhatItCost(@TempDir final Path dir) throws Exception
    {
        final Finished run = run(dir, "write", "QUORUM", RingTest::stallOneNode);

        assertTrue(run.total.get("retries").asLong() + run.total.get("errors").asLong() > 0,
            "with one node dead and one stopped, QUORUM cannot be met for 3 s: " + run.total);
    }

    @Test
    @Order(4)
    void readsAtQuorumWaitOutAStalledNode(@TempDir final Path dir) throws Exception
    {
        final Finished run = run(dir, "read", "QUORUM", RingTest::stallOneNode);

        // the node's 5 s read timeout outlasts the 3 s stop: the reads that needed it waited, and it shows in st
        assertTrue(run.stMaxMs >= 2500, "the stall shows in service time: " + run.stMaxMs + " ms");
    }

    /** Runs jstress with the fault injected after the second interval, and checks what every run must hold. */
    private static Finished run(final Path dir, final String command, final String cl, final Fault fault)
        throws Exception
    {
        final Path hdr = dir.resolve("run.hdr");
        final Path json = dir.resolve("run.json");
        final InetSocketAddress first = ring.contactPoints().get(0);
        try (JstressProcess run = JstressProcess.start(command, "n=" + OPS, "cl=" + cl, "no-warmup", "-pop",
            "seq=1.." + OPS, "-rate", "threads=10", "fixed=100/s", "-errors", "ignore", "-schema",
            "replication(replication_factor=3)", "keyspace=jstress_ring", "-node", first.getHostString(), "-port",
            "native=" + first.getPort(), "-log", "no-settings", "interval=1s", "hdrfile=" + hdr, "json=" + json))
        {
            assertTrue(run.awaitLine(JstressProcess.rowAtOrAfter(2), Duration.ofSeconds(120)),
                run::stdout);
            fault.inject();
            assertEquals(0, run.waitFor(Duration.ofSeconds(120)), run::stderr);
            System.out.println(command + " at " + cl + ":\n" + run.stdout() + run.stderr());

            final JsonNode total = new ObjectMapper().readTree(json.toFile()).get("total");
            final long accounted = total.get("ops").asLong() + total.get("cut_off").asLong()
                + total.get("not_sent").asLong();
            assertEquals(OPS, accounted, "every op intended is accounted for: " + total);
            long classified = 0;
            for (final Iterator<Map.Entry<String, JsonNode>> it = total.get("errors_by_class").fields(); it.hasNext(); )
            {
                classified += it.next().getValue().asLong();
            }
            assertEquals(total.get("errors").asLong(), classified, "every error has its class: " + total);
            final Histogram st = hdr(hdr, command.toUpperCase(Locale.ROOT) + "-st");
            assertEquals(total.get("ops").asLong(), st.getTotalCount(), "the HDR log holds every recorded op");
            return new Finished(total, rows(run.stdout()), st.getMaxValue() / 1e6);
        }
    }

    /** SIGSTOP for 3 s, as a long GC pause: the stimulus of the test, not a wait for something to happen. */
    private static void stallOneNode() throws IOException, InterruptedException
    {
        ring.pause(STALLED);
        try
        {
            new CountDownLatch(1).await(3, TimeUnit.SECONDS);
        }
        finally
        {
            ring.resume(STALLED);
        }
    }

    private static Histogram hdr(final Path hdr, final String tag) throws IOException
    {
        final HistogramLogReader reader = new HistogramLogReader(hdr.toFile());
        final Histogram merged = new Histogram(3);
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

    private static List<String[]> rows(final String out)
    {
        final List<String[]> rows = new ArrayList<>();
        out.lines().filter(l -> l.startsWith("total,")).forEach(l -> rows.add(l.split(",\\s*")));
        return rows;
    }

    @FunctionalInterface
    private interface Fault
    {
        void inject() throws IOException, InterruptedException;
    }

    private record Finished(JsonNode total, List<String[]> rows, double stMaxMs)
    {
    }
}
