package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ctrl-C and SIGTERM stop a run promptly and still print what it measured. */
@ExtendWith(SharedNode.class)
class InterruptTest
{
    @Test
    void sigintGivesResultsWithinOneSecondAndExit130() throws IOException, InterruptedException
    {
        assertInterrupted("INT", 130);
    }

    @Test
    void sigtermGivesResultsAndExit143() throws IOException, InterruptedException
    {
        assertInterrupted("TERM", 143);
    }

    private static void assertInterrupted(final String signal, final int exitCode)
        throws IOException, InterruptedException
    {
        final List<String> args = new ArrayList<>(List.of("write", "duration=60s", "no-warmup", "-rate", "threads=10",
            "throttle=200/s", "-schema", "keyspace=jstress_interrupt"));
        args.addAll(TestNode.args(true));
        try (JstressProcess run = JstressProcess.start(args.toArray(String[]::new)))
        {
            assertTrue(run.awaitLine(l -> l.startsWith("total,"), Duration.ofSeconds(60)), run::stdout);
            run.signal(signal);

            assertTrue(run.awaitLine("Results:"::equals, Duration.ofSeconds(1)), "Results within 1 s of SIG" + signal);
            assertEquals(exitCode, run.waitFor(Duration.ofSeconds(5)), run::stderr);
            assertTrue(run.stdout().contains("Control-C caught. Canceling running action and shutting down..."));
            assertTrue(run.stdout().contains("\nResults:\n"), run::stdout);
            assertTrue(run.stdout().contains("Total partitions"), run::stdout);
            assertTrue(run.stdout().strip().endsWith("FAILURE"), run::stdout);
        }
    }
}
