package io.jstress.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.perf.CqlResponder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ctrl-C or SIGTERM at any moment of a run ends it at once with 128 + the signal: while it connects to a node
 * that never answers, while the server holds its CREATE KEYSPACE, during a warm-up, and during a measured run
 * stalled by the server, which still prints its Results and counts the ops it cut off. Each moment is reached
 * by waiting for the server to see it, never by sleeping.
 */
class SignalPhasesTest
{
    private static final String HOST = "127.0.77.31";
    /** Well inside the driver's 5 s connection timeouts and the 5 s exit watchdog: the run itself stopped. */
    private static final Duration PROMPTLY = Duration.ofSeconds(3);

    @Test
    void aSignalWhileConnectingToANodeThatNeverAnswersExitsAtOnce() throws Exception
    {
        try (ServerSocket silent = new ServerSocket())
        {
            silent.bind(new InetSocketAddress(HOST, 0));
            silent.setSoTimeout((int)TimeUnit.SECONDS.toMillis(60));
            try (JstressProcess run = JstressProcess.start("write", "n=10", "no-warmup", "-node", HOST, "-port",
                "native=" + silent.getLocalPort(), "-log", "no-settings");
                 Socket connected = silent.accept())
            {
                run.signal("INT");

                assertEquals(130, run.waitFor(PROMPTLY), run::stderr);
                assertTrue(run.stdout().contains("Control-C caught"), run::stdout);
                assertFalse(run.stdout().contains("Results:"), "nothing was measured: " + run.stdout());
            }
        }
    }

    @Test
    void aSignalWhileTheServerHoldsTheSchemaExitsAtOnce() throws Exception
    {
        final CountDownLatch held = new CountDownLatch(1);
        final CqlResponder.Faults holdSchema = (cql, values) ->
        {
            if (cql.toUpperCase(Locale.ROOT).startsWith("CREATE KEYSPACE"))
            {
                held.countDown();
                return CqlResponder.Faults.HOLD;
            }
            return null;
        };
        try (CqlResponder responder = CqlResponder.start(InetAddress.getByName(HOST), 0, holdSchema);
             JstressProcess run = JstressProcess.start("write", "n=10", "no-warmup", "-node", HOST, "-port",
                 "native=" + responder.port(), "-log", "no-settings"))
        {
            assertTrue(held.await(60, TimeUnit.SECONDS), run::stderr);
            run.signal("TERM");

            assertEquals(143, run.waitFor(PROMPTLY), run::stderr);
            assertFalse(run.stdout().contains("Results:"), run::stdout);
        }
    }

    @Test
    void aSignalDuringTheWarmUpExitsAtOnce() throws Exception
    {
        final CountDownLatch writing = new CountDownLatch(1);
        final CqlResponder.Faults holdWrites = (cql, values) ->
        {
            if (cql.startsWith("INSERT"))
            {
                writing.countDown();
                return CqlResponder.Faults.HOLD;
            }
            return null;
        };
        try (CqlResponder responder = CqlResponder.start(InetAddress.getByName(HOST), 0, holdWrites);
             JstressProcess run = JstressProcess.start("write", "n=400", "-rate", "threads=4", "-node", HOST, "-port",
                 "native=" + responder.port(), "-log", "no-settings"))
        {
            assertTrue(writing.await(60, TimeUnit.SECONDS), run::stderr);
            assertTrue(run.awaitLine(l -> l.equals("Warming up WRITE with 100 iterations..."), Duration.ofSeconds(5)),
                run::stdout);
            run.signal("INT");

            assertEquals(130, run.waitFor(PROMPTLY), run::stderr);
            assertFalse(run.stdout().contains("Results:"), "a warm-up measures nothing: " + run.stdout());
        }
    }

    @Test
    void aSignalDuringAStalledRunPrintsItsResultsAndCountsTheOpsItCutOff(@TempDir final Path dir) throws Exception
    {
        // the server answers 50 writes, then holds every one after: the 10 in flight are stuck for good
        final AtomicInteger writes = new AtomicInteger();
        final CountDownLatch stuck = new CountDownLatch(10);
        final CqlResponder.Faults stall = (cql, values) ->
        {
            if (!cql.startsWith("INSERT") || writes.incrementAndGet() <= 50)
            {
                return null;
            }
            stuck.countDown();
            return CqlResponder.Faults.HOLD;
        };
        final Path json = dir.resolve("run.json");
        try (CqlResponder responder = CqlResponder.start(InetAddress.getByName(HOST), 0, stall);
             JstressProcess run = JstressProcess.start("write", "duration=60s", "no-warmup", "-rate", "threads=10",
                 "throttle=100/s", "-node", HOST, "-port", "native=" + responder.port(), "-log", "no-settings",
                 "json=" + json))
        {
            assertTrue(stuck.await(60, TimeUnit.SECONDS), run::stderr);
            run.signal("INT");

            assertTrue(run.awaitLine("Results:"::equals, Duration.ofSeconds(1)), "Results within 1 s: " + run.stdout());
            assertEquals(130, run.waitFor(PROMPTLY), run::stderr);
            final String out = run.stdout();
            System.out.println("SIGINT during a stalled run:\n" + out + run.stderr());
            assertTrue(out.contains("\nOps cut off in flight     :         10 [WRITE: 10]\n"), out);
            assertTrue(out.strip().endsWith("FAILURE"), out);
            final JsonNode doc = new ObjectMapper().readTree(json.toFile());
            assertEquals("interrupted", doc.get("outcome").asText());
            assertEquals(50, doc.get("total").get("ops").asLong());
            assertEquals(10, doc.get("total").get("cut_off").asLong());
        }
    }
}
