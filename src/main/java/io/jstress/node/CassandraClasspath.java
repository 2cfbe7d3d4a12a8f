package io.jstress.node;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The classpath of a Cassandra node, resolved by Maven from Maven Central on first use and cached under
 * ~/.cache/jstress: jstress never bundles Cassandra. Writes go to a temporary file renamed into place, so two
 * JVMs resolving at once both end with a whole file.
 */
final class CassandraClasspath
{
    static final String VERSION = readVersion();
    private static final long RESOLVE_MINUTES = 15;

    private CassandraClasspath()
    {
    }

    static Path cacheDir()
    {
        return Path.of(System.getProperty("user.home"), ".cache", "jstress", "cassandra-" + VERSION);
    }

    /** The node's classpath: Cassandra's jars plus the directory holding our watchdog main. */
    static String get() throws IOException
    {
        final Path dir = cacheDir();
        Files.createDirectories(dir);
        final Path file = dir.resolve("classpath.txt");
        if (!Files.exists(file))
        {
            resolve(dir, file);
        }
        return Files.readString(file).strip() + java.io.File.pathSeparator + watchdogDir(dir);
    }

    private static void resolve(final Path dir, final Path file) throws IOException
    {
        final Path pom = dir.resolve("pom.xml");
        try (InputStream in = CassandraClasspath.class.getResourceAsStream("cassandra-pom.xml"))
        {
            Files.copy(in, pom, StandardCopyOption.REPLACE_EXISTING);
        }
        final Path temp = Files.createTempFile(dir, "classpath", ".tmp");
        final Path log = dir.resolve("resolve.log");
        final Process mvn = new ProcessBuilder(List.of(mavenCommand(), "-B", "-q", "-f", pom.toString(),
            "dependency:build-classpath", "-Dmdep.outputFile=" + temp))
            .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try
        {
            if (!mvn.waitFor(RESOLVE_MINUTES, TimeUnit.MINUTES) || mvn.exitValue() != 0 || Files.size(temp) == 0)
            {
                mvn.destroyForcibly();
                throw new IOException("Maven could not resolve Cassandra " + VERSION + "; see " + log);
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while resolving Cassandra", e);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * NodeMain alone in a directory: the jstress jar itself would drag the driver's Netty into the node. Written
     * afresh each time, so the node always runs this build's watchdog.
     */
    private static Path watchdogDir(final Path dir) throws IOException
    {
        final Path target = dir.resolve("watchdog").resolve("io/jstress/node/NodeMain.class");
        Files.createDirectories(target.getParent());
        final Path temp = Files.createTempFile(target.getParent(), "NodeMain", ".tmp");
        try (InputStream in = NodeMain.class.getResourceAsStream("NodeMain.class"))
        {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return dir.resolve("watchdog");
    }

    private static String mavenCommand()
    {
        final String home = System.getProperty("maven.home");
        if (home != null && Files.isExecutable(Path.of(home, "bin", "mvn")))
        {
            return Path.of(home, "bin", "mvn").toString();
        }
        return "mvn";
    }

    private static String readVersion()
    {
        try (InputStream in = CassandraClasspath.class.getResourceAsStream("cassandra.version"))
        {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
        catch (final IOException | NullPointerException e)
        {
            throw new IllegalStateException("the jar lacks io/jstress/node/cassandra.version", e);
        }
    }
}
