package io.jstress.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One Cassandra node in its own JVM: started, signalled, stopped and cleaned up from here. */
final class CassandraNode
{
    private static final String[] EXPORTS = {"java.base/jdk.internal.misc", "java.base/jdk.internal.ref",
        "java.base/sun.nio.ch", "java.management.rmi/com.sun.jmx.remote.internal.rmi", "java.rmi/sun.rmi.registry",
        "java.rmi/sun.rmi.server", "java.sql/java.sql", "java.base/java.lang.ref", "jdk.unsupported/sun.misc"};
    private static final String[] OPENS = {"java.base/java.lang.module", "java.base/jdk.internal.loader",
        "java.base/jdk.internal.ref", "java.base/jdk.internal.reflect", "java.base/jdk.internal.math",
        "java.base/jdk.internal.module", "java.base/jdk.internal.util.jar", "jdk.management/com.sun.management.internal",
        "java.base/sun.nio.ch", "java.base/java.io", "java.base/java.nio", "java.base/java.util.concurrent",
        "java.base/java.util", "java.base/java.util.concurrent.atomic", "java.base/java.lang", "java.base/java.math",
        "java.base/java.lang.reflect", "java.base/java.net"};
    private static final long STOP_SECONDS = 10;
    /** Leads every node's command line, followed by the node's data dir. */
    static final String MARKER = "-Djstress.node=";

    private final NodeConfig config;
    private final String classpath;
    private final String heap;
    private Process process;

    private final long ringDelayMs;

    /** @param ringDelayMs Cassandra's ring delay, which also bounds a joining node's first gossip round */
    CassandraNode(final NodeConfig config, final String classpath, final String heap, final long ringDelayMs)
    {
        this.config = config;
        this.classpath = classpath;
        this.heap = heap;
        this.ringDelayMs = ringDelayMs;
    }

    NodeConfig config()
    {
        return config;
    }

    void start() throws IOException
    {
        Files.createDirectories(config.dir());
        config.write();
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // first, so `ps` (and the tests) can tell a jstress node and its data dir from any other JVM
        command.add(MARKER + config.dir().toAbsolutePath());
        command.add("-Xms" + heap);
        command.add("-Xmx" + heap);
        command.add("-Djava.security.manager=allow");
        command.add("-Dcassandra.config=" + config.yaml().toUri());
        command.add("-Dcassandra.storagedir=" + config.dir());
        command.add("-Dcassandra-foreground=yes");
        command.add("-Dcassandra.skip_wait_for_gossip_to_settle=0");
        command.add("-Dcassandra.ring_delay_ms=" + ringDelayMs);
        command.add("-Dcassandra.superuser_setup_delay_ms=0");
        command.add("-Dcassandra.consistent.rangemovement=false");
        command.add("-Dcassandra.jmx.local.port=" + config.jmxPort());
        command.add("-Dlogback.configurationFile=" + config.logback());
        for (final String e : EXPORTS)
        {
            command.add("--add-exports=" + e + "=ALL-UNNAMED");
        }
        for (final String o : OPENS)
        {
            command.add("--add-opens=" + o + "=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(classpath);
        command.add(NodeMain.class.getName());
        // stdin stays a pipe from us: NodeMain halts when it closes, so the node never outlives its parent
        process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(config.dir().resolve("stdout.log").toFile()).start();
    }

    boolean alive()
    {
        return process != null && process.isAlive();
    }

    long pid()
    {
        return process.pid();
    }

    void signal(final String name) throws IOException
    {
        try
        {
            if (new ProcessBuilder("kill", "-" + name, Long.toString(pid())).start().waitFor() != 0)
            {
                throw new IOException("kill -" + name + " " + pid() + " failed");
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while signalling the node", e);
        }
    }

    /** SIGKILL, then wait until the process is gone. */
    void kill()
    {
        if (process != null)
        {
            process.destroyForcibly();
            awaitExit(STOP_SECONDS);
        }
    }

    /** SIGTERM (after SIGCONT, in case it was paused), then SIGKILL if it does not exit in time. */
    void stop()
    {
        if (process == null || !process.isAlive())
        {
            return;
        }
        try
        {
            signal("CONT");
        }
        catch (final IOException ignored)
        {
            // it may have just exited; destroy below settles it either way
        }
        process.destroy();
        if (!awaitExit(STOP_SECONDS))
        {
            kill();
        }
    }

    void deleteData()
    {
        try (Stream<Path> files = Files.walk(config.dir()))
        {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        catch (final IOException ignored)
        {
            // best effort: the directory is under the system temp dir
        }
    }

    private boolean awaitExit(final long seconds)
    {
        try
        {
            return process.waitFor(seconds, TimeUnit.SECONDS);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
