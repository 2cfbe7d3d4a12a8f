package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a script relies on: the same characters in every locale, Results even on failure, a prompt exit. */
@ExtendWith(SharedNode.class)
class ScriptedUseTest
{
    @Test
    void germanAndFrenchDefaultLocalesPrintTheSameCharactersAsAnyOther() throws IOException, InterruptedException
    {
        for (final List<String> locale : List.of(List.of("-Duser.language=de", "-Duser.country=DE"),
            List.of("-Duser.language=fr", "-Duser.country=FR")))
        {
            try (JstressProcess run = JstressProcess.start(locale, args("write", "n=3000", "no-warmup",
                "-rate", "threads=50", "fixed=1000/s", "-schema", "keyspace=jstress_locale")))
            {
                assertEquals(0, run.waitFor(Duration.ofSeconds(60)), run::stderr);
                final String out = run.stdout();
                for (final String[] row : HarnessParser.totalRows(out))
                {
                    assertEquals(19, row.length, locale + ": " + String.join(",", row));
                }
                out.lines().filter(l -> l.startsWith("total,")).forEach(l ->
                    assertTrue(HarnessParser.INTERVAL_ROW.matcher(l).matches(), locale + ": " + l));
                out.lines().filter(l -> l.startsWith("Latency")).forEach(l ->
                    assertTrue(l.matches("Latency [\\w. ]+: +\\d+\\.\\d ms \\[WRITE: [\\d,]+\\.\\d ms]"), locale + ": " + l));
                assertTrue(HarnessParser.results(out).get("total partitions") == 3000.0, out);
            }
        }
    }

    @Test
    void aFailedRunPrintsWhatItMeasuredThenFailureAndExits1()
    {
        final Jstress run = Jstress.run("read n=2000 no-warmup -pop seq=1000001..1002000 -rate threads=4 "
            + "-schema keyspace=jstress_failed");

        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.out.contains("\nResults:\n"), run::toString);
        assertTrue(run.out.strip().endsWith("FAILURE"), run::toString);
        assertTrue(run.err.lines().anyMatch(l -> l.matches(
            "Operation x10 on key\\(s\\) \\[[0-9a-f]+]: Data returned was not validated.*")), run::toString);
        assertTrue(HarnessParser.results(run.out).get("total errors") >= 1, run::toString);
    }

    @Test
    void theProcessEndsWithinTwoSecondsOfEnd() throws IOException, InterruptedException
    {
        try (JstressProcess run = JstressProcess.start(args("write", "n=2000", "no-warmup", "-rate", "threads=20",
            "-schema", "keyspace=jstress_exit")))
        {
            assertTrue(run.awaitLine("END"::equals, Duration.ofSeconds(60)), run::stdout);
            final long end = System.nanoTime();
            assertEquals(0, run.waitFor(Duration.ofSeconds(10)), run::stderr);
            final long ms = (System.nanoTime() - end) / 1_000_000;
            assertTrue(ms < 2000, "exited " + ms + " ms after END");
        }
    }

    @Test
    void aClusterThatCannotBeReachedIsOneLineAndExit1() throws IOException, InterruptedException
    {
        try (JstressProcess run = JstressProcess.start("write", "n=10", "no-warmup", "-node", "127.0.0.1",
            "-port", "native=1"))
        {
            assertEquals(1, run.waitFor(Duration.ofSeconds(60)), run::stderr);
            final List<String> lines = run.stderr().lines().toList();
            assertEquals(1, lines.size(), run::stderr);
            assertTrue(lines.get(0).startsWith("jstress: cannot connect"), run::stderr);
            assertFalse(run.stderr().contains("Exception"), run::stderr);
        }
    }

    @Test
    void aWrongPasswordIsOneAuthenticationLineAndExit1() throws IOException, InterruptedException
    {
        final List<String> args = new ArrayList<>(List.of("write", "n=10", "no-warmup", "-node", TestNode.host(),
            "-port", "native=" + TestNode.port(), "-mode", "native", "cql3", "user=cassandra", "password=wrong"));
        try (JstressProcess run = JstressProcess.start(args.toArray(String[]::new)))
        {
            assertEquals(1, run.waitFor(Duration.ofSeconds(60)), run::stderr);
            final List<String> lines = run.stderr().lines().toList();
            assertEquals(1, lines.size(), run::stderr);
            assertTrue(lines.get(0).startsWith("jstress: authentication failed"), run::stderr);
            assertFalse(run.stderr().contains("Exception") || run.stdout().contains("wrong"), run::stderr);
        }
    }

    private static String[] args(final String... words)
    {
        final List<String> args = new ArrayList<>(List.of(words));
        args.addAll(TestNode.args(true));
        return args.toArray(String[]::new);
    }
}
