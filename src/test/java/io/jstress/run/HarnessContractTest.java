package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What scylla-cluster-tests reads from a run holds for every command and every -rate form: the Results keys,
 * the mixed brackets, the total rows' fields, and the Keyspace and Username lines of the settings dump.
 */
@ExtendWith(SharedNode.class)
class HarnessContractTest
{
    private static final String KS = "jstress_contract";
    private static final List<String> RESULT_KEYS = List.of("op rate", "partition rate", "row rate", "latency mean",
        "latency median", "latency 95th percentile", "latency 99th percentile", "latency 99.9th percentile",
        "latency max", "total partitions", "total errors");

    @BeforeAll
    static void data()
    {
        Jstress.run("write n=300 no-warmup -pop seq=1..300 -schema keyspace=" + KS);
        Jstress.run("counter_write n=300 no-warmup -pop seq=1..300 -schema keyspace=" + KS);
    }

    static Stream<Arguments> commandsAndRates()
    {
        final List<String> commands = List.of("write", "read", "mixed ratio(write=1,read=1)", "counter_write",
            "counter_read");
        final List<String> rates = List.of("threads=4", "threads=4 throttle=300/s", "threads=4 fixed=300/s");
        return commands.stream().flatMap(c -> rates.stream().map(r -> Arguments.of(c, r)));
    }

    @ParameterizedTest(name = "{0} -rate {1}")
    @MethodSource("commandsAndRates")
    void everyCommandAndRateFormReadsAsTheHarnessExpects(final String command, final String rate)
    {
        final Jstress run = Jstress.run(command + " n=300 no-warmup -pop seq=1..300 -rate " + rate
            + " -schema keyspace=" + KS);

        assertEquals(0, run.exitCode, run::toString);
        final Map<String, Double> results = HarnessParser.results(run.out);
        assertTrue(results.keySet().containsAll(RESULT_KEYS), "Results keys: " + results.keySet());
        assertEquals(300.0, results.get("total partitions"), run::toString);
        assertEquals(0.0, results.get("total errors"), run::toString);
        for (final String[] row : HarnessParser.totalRows(run.out))
        {
            assertEquals(19, row.length, String.join(",", row));
            Double.parseDouble(row[2]);
            for (int f = 5; f <= 10; f++)
            {
                Double.parseDouble(row[f]);
            }
            Integer.parseInt(row[13]);
        }
        if (command.startsWith("mixed"))
        {
            for (final String label : List.of("Latency mean", "Latency median", "Latency 95th percentile",
                "Latency 99th percentile", "Latency 99.9th percentile", "Latency max"))
            {
                assertTrue(HarnessParser.mixedBrackets(run.resultsLine(label)).isPresent(), run.resultsLine(label));
            }
        }
        assertEquals(KS, HarnessParser.keyspace(run.out).orElseThrow());
        assertEquals("cassandra", HarnessParser.username(run.out).orElseThrow());
        assertTrue(!run.out.contains("cassandra\n  Password: cassandra"), "the password is never printed");
    }
}
