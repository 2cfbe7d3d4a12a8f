package io.jstress.run;

import com.datastax.oss.protocol.internal.Message;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import com.datastax.oss.protocol.internal.response.Error;
import com.datastax.oss.protocol.internal.response.error.ReadTimeout;
import com.datastax.oss.protocol.internal.response.error.Unavailable;
import com.datastax.oss.protocol.internal.response.error.WriteTimeout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.perf.CqlResponder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Errors a real node cannot return on demand, from a CQL responder that answers the workload's statements with
 * the error chosen: each is counted under its class in the Results and the JSON summary, retried when a retry
 * can help (timeouts, an unavailable or overloaded cluster) and not when it cannot (a syntax error), and an
 * overloaded cluster's retries wait as -errors delay-policy= says.
 */
class ServerErrorTest
{
    private static final int OPS = 20;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        overloaded    | write | overloaded  | 2
        write-timeout | write | timeout     | 2
        read-timeout  | read  | timeout     | 2
        unavailable   | write | unavailable | 2
        syntax        | write | other       | 0
        """)
    void eachServerErrorIsCountedUnderItsClassAndRetriedOnlyWhenThatCanHelp(final String error,
        final String command, final String errorClass, final int retriesPerOp, @TempDir final Path dir)
        throws Exception
    {
        final Path json = dir.resolve("run.json");
        final Jstress run = run(always(error), command + " n=" + OPS + " no-warmup -rate threads=4 "
            + "-errors retries=2 ignore -log no-settings json=" + json);
        System.out.println(error + ":\n" + run);

        assertEquals(0, run.exitCode, run::toString);
        final Map<String, Double> results = HarnessParser.results(run.out);
        assertEquals(OPS, results.get("total errors"), run::toString);
        assertEquals(OPS, results.get(errorClass), "a Results line for the class: " + run);
        assertEquals(OPS * retriesPerOp, results.getOrDefault("total retries", 0.0), run::toString);
        final JsonNode total = new ObjectMapper().readTree(json.toFile()).get("total");
        assertEquals(OPS, total.get("errors_by_class").get(errorClass).asLong());
        assertEquals(OPS * retriesPerOp, total.get("retries").asLong());
        assertEquals(OPS, total.get("ops").asLong());
        assertEquals(OPS, run.err.lines().filter(l -> l.startsWith("Operation x" + (retriesPerOp + 1) + " on key(s) ["))
            .count(), run::toString);
    }

    @Test
    void anOverloadedClustersRetriesWaitAsTheDelayPolicySaysWithoutHoldingAnyThread(@TempDir final Path dir)
        throws Exception
    {
        final Path json = dir.resolve("run.json");
        // every key is turned away twice: waits of 200 ms then 400 ms (exponential, jitter 0.75-1.25, never
        // under 200); 40 ops that each waited 500 ms on one thread would take 20 s, overlapped they take 1 s
        final Jstress run = run(firstTries(2, overloaded()), "write n=40 no-warmup -rate threads=40 -errors retries=3 "
            + "delay-policy=exponential min-delay-ms=200 max-delay-ms=2000 -log no-settings json=" + json);
        System.out.println("overloaded twice per key, exponential delay:\n" + run);

        assertEquals(0, run.exitCode, run::toString);
        final JsonNode total = new ObjectMapper().readTree(json.toFile()).get("total");
        assertEquals(0, total.get("errors").asLong(), run::toString);
        assertEquals(80, total.get("retries").asLong());
        assertEquals(80, HarnessParser.results(run.out).get("total retries"));
        final JsonNode st = total.get("latency_ms").get("st");
        assertTrue(st.get("p50").asDouble() >= 500, "st includes both waits: " + st);
        assertTrue(new ObjectMapper().readTree(json.toFile()).get("duration_s").asDouble() < 5,
            "the retries waited together: " + run);
    }

    /**
     * The fifth write fails for good (a syntax error is not retried) while the server holds every other: without
     * fail-fast the run waits for the held writes until they time out (1 s) and records them; with fail-fast it
     * cuts them off at once and counts them as such.
     */
    @Test
    void failFastCutsOffTheOpsInFlightInsteadOfWaitingForThem(@TempDir final Path dir) throws Exception
    {
        final String line = "write n=100 no-warmup -rate threads=5 -mode requestTimeout=1000 -errors retries=0 ";
        final JsonNode waited = failedRun(line + "-log no-settings json=" + dir.resolve("waited.json"),
            dir.resolve("waited.json"));
        assertEquals(0, waited.get("cut_off").asLong(), waited::toString);
        assertEquals(waited.get("ops").asLong(), waited.get("errors").asLong(),
            "every held write timed out: " + waited);
        assertTrue(waited.get("errors_by_class").get("timeout").asLong() >= 4, waited::toString);

        final JsonNode cut = failedRun(line + "fail-fast -log no-settings json=" + dir.resolve("cut.json"),
            dir.resolve("cut.json"));
        assertEquals(1, cut.get("ops").asLong(), "only the failed write was recorded: " + cut);
        assertEquals(1, cut.get("errors_by_class").get("other").asLong());
        assertTrue(cut.get("cut_off").asLong() >= 4, "the held writes were cut off: " + cut);
    }

    private static JsonNode failedRun(final String line, final Path json) throws Exception
    {
        final AtomicInteger writes = new AtomicInteger();
        final Message syntax = new Error(ProtocolConstants.ErrorCode.SYNTAX_ERROR, "line 1:0 no viable alternative");
        final Jstress run = run((cql, values) -> !workload(cql, values) ? null
            : writes.incrementAndGet() == 5 ? syntax : CqlResponder.Faults.HOLD, line);
        System.out.println(line + ":\n" + run);
        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.out.contains("\nResults:\n"), run::toString);
        return new ObjectMapper().readTree(json.toFile()).get("total");
    }

    /** Every statement of the workload is answered with this error. */
    private static CqlResponder.Faults always(final String error)
    {
        final Message answer = switch (error)
        {
            case "overloaded" -> overloaded();
            case "write-timeout" -> new WriteTimeout("Operation timed out - received only 0 responses.",
                ProtocolConstants.ConsistencyLevel.ONE, 0, 1, "SIMPLE");
            case "read-timeout" -> new ReadTimeout("Operation timed out - received only 0 responses.",
                ProtocolConstants.ConsistencyLevel.ONE, 0, 1, false);
            case "unavailable" -> new Unavailable("Cannot achieve consistency level ONE",
                ProtocolConstants.ConsistencyLevel.ONE, 1, 0);
            default -> new Error(ProtocolConstants.ErrorCode.SYNTAX_ERROR, "line 1:0 no viable alternative at input");
        };
        return (cql, values) -> workload(cql, values) ? answer : null;
    }

    private static Message overloaded()
    {
        return new Error(ProtocolConstants.ErrorCode.OVERLOADED, "Queue full");
    }

    /** The first n tries of each key are answered with the error, later ones succeed. */
    private static CqlResponder.Faults firstTries(final int n, final Message answer)
    {
        final Map<ByteBuffer, Integer> tries = new HashMap<>();
        return (cql, values) -> workload(cql, values) && tries.merge(values.get(0).duplicate(), 1, Integer::sum) <= n
            ? answer : null;
    }

    /** The ops bind a key; the driver's own queries and the schema's read-back probe bind nothing. */
    private static boolean workload(final String cql, final List<ByteBuffer> values)
    {
        final String q = cql.toUpperCase(Locale.ROOT);
        return !values.isEmpty() && (q.startsWith("INSERT") || q.startsWith("SELECT"));
    }

    private static Jstress run(final CqlResponder.Faults faults, final String line) throws IOException,
        InterruptedException
    {
        try (CqlResponder responder = CqlResponder.start(InetAddress.getByName("127.0.77.14"), 0, faults))
        {
            final List<String> args = new ArrayList<>(Arrays.asList(line.split(" ")));
            args.addAll(List.of("-node", "127.0.77.14", "-port", "native=" + responder.port()));
            return Jstress.runExactly(args);
        }
    }
}
