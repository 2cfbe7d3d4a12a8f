package io.jstress.node;

import io.jstress.run.JstressProcess;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A node started by -node embedded never outlives the loader, however the loader ends. */
class NoOrphanNodeTest
{
    @Test
    void sigtermToTheLoaderStopsTheNodeAndDeletesItsData() throws IOException, InterruptedException
    {
        try (JstressProcess run = JstressProcess.start("write", "duration=120s", "no-warmup", "-rate", "threads=5",
            "throttle=100/s", "-node", "embedded"))
        {
            final ProcessHandle node = awaitNode(run);
            final Path data = dataDir(node);
            run.signal("TERM");

            assertEquals(143, run.waitFor(Duration.ofSeconds(30)), run::stderr);
            assertGone(node);
            assertFalse(Files.exists(data), "the node's data dir is deleted: " + data);
            assertTrue(run.stdout().contains("\nResults:\n"), run::stdout);
        }
    }

    @Test
    void sigkillOfTheLoaderStillTakesTheNodeDown() throws IOException, InterruptedException
    {
        try (JstressProcess run = JstressProcess.start("write", "duration=120s", "no-warmup", "-rate", "threads=5",
            "throttle=100/s", "-node", "embedded"))
        {
            final ProcessHandle node = awaitNode(run);
            final Path data = dataDir(node);
            run.signal("KILL");
            run.waitFor(Duration.ofSeconds(30));

            assertGone(node);
            assertFalse(Files.exists(data), "the node deleted its own data dir: " + data);
        }
    }

    /** The node JVM is the loader's child; it is up once the run prints its first interval. */
    private static ProcessHandle awaitNode(final JstressProcess run) throws InterruptedException
    {
        assertTrue(run.awaitLine(l -> l.startsWith("total,"), Duration.ofSeconds(240)), run::stdout);
        final Optional<ProcessHandle> node = ProcessHandle.of(run.pid()).orElseThrow().children()
            .filter(p -> p.info().commandLine().orElse("").contains(CassandraNode.MARKER)).findFirst();
        assertTrue(node.isPresent(), "a node JVM runs under the loader");
        return node.get();
    }

    private static Path dataDir(final ProcessHandle node)
    {
        final String command = node.info().commandLine().orElseThrow();
        final int at = command.indexOf(CassandraNode.MARKER) + CassandraNode.MARKER.length();
        return Path.of(command.substring(at, command.indexOf(' ', at)));
    }

    private static void assertGone(final ProcessHandle node) throws InterruptedException
    {
        try
        {
            node.onExit().get(30, TimeUnit.SECONDS);
        }
        catch (final java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e)
        {
            throw new AssertionError("the node JVM " + node.pid() + " is still running", e);
        }
        assertFalse(node.isAlive());
        assertTrue(ProcessHandle.allProcesses().noneMatch(p -> p.pid() == node.pid() && p.isAlive()));
    }
}
