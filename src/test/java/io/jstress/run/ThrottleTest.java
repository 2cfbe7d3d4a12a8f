package io.jstress.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.perf.CqlResponder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * throttle= keeps a schedule and catches up after a stall, exactly like fixed= (see StallTest), because
 * cassandra-stress 3.19's does: its help says throttle has "no implied schedule", but its rate limiter hands
 * every op a start time from one, and a 5 s stall in a 20 s run at throttle=20/s still made 423 ops (observed).
 * A harness that drives either gets the same load; only the printed latency differs. The server is a CQL
 * responder that stops reading for 2 s and then answers at once, which a real node on a busy box cannot promise.
 */
class ThrottleTest
{
    private static final String HOST = "127.0.77.41";

    @Test
    void throttleCatchesUpAfterAStallSoEveryOpTheScheduleIntendedIsSent(@TempDir final Path dir) throws Exception
    {
        final Path json = dir.resolve("run.json");
        try (CqlResponder responder = CqlResponder.start(InetAddress.getByName(HOST), 0, CqlResponder.Faults.NONE);
             JstressProcess run = JstressProcess.start("write", "duration=10s", "no-warmup", "-rate", "threads=50",
                 "throttle=50/s", "-node", HOST, "-port", "native=" + responder.port(), "-log", "no-settings",
                 "json=" + json))
        {
            assertTrue(run.awaitLine(JstressProcess.rowAtOrAfter(2), Duration.ofSeconds(60)),
                run::stdout);
            responder.pause();
            try
            {
                // the stall itself: the stimulus of this test, not a wait for something to happen
                new CountDownLatch(1).await(2, TimeUnit.SECONDS);
            }
            finally
            {
                responder.resume();
            }
            assertEquals(0, run.waitFor(Duration.ofSeconds(60)), run::stderr);
            System.out.println(run.stdout());

            final JsonNode total = new ObjectMapper().readTree(json.toFile()).get("total");
            final long accounted = total.get("ops").asLong() + total.get("not_sent").asLong()
                + total.get("cut_off").asLong();
            assertEquals(500, accounted, total::toString);
            // without a schedule the 2 s stall would have cost 100 of the 500 ops
            assertTrue(total.get("ops").asLong() >= 475, "caught up: " + total);
            assertTrue(total.get("latency_ms").get("rt").get("max").asDouble() >= 1500,
                "the ops due during the stall waited for it: " + total);
        }
    }
}
