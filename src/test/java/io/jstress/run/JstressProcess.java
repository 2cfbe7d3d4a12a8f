package io.jstress.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * jstress in a child JVM, exactly as a user's script runs it: its own exit code, signals and default locale.
 * Output is collected into files so a test can wait for a line while the run goes on.
 */
public final class JstressProcess implements AutoCloseable
{
    /** The `time` column of an interval row: type, total ops, op/s, pk/s, row/s, six latencies, time. */
    private static final int TIME_COLUMN = 11;

    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private JstressProcess(final Process process, final Path stdout, final Path stderr)
    {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts `jstress args...` with the test classpath and the given extra JVM flags (e.g. -Duser.language=de). */
    public static JstressProcess start(final List<String> jvmFlags, final String... args) throws IOException
    {
        return start(Map.of(), jvmFlags, args);
    }

    /** As start(jvmFlags, args), with these variables added to the child's environment. */
    public static JstressProcess start(final Map<String, String> env, final List<String> jvmFlags,
        final String... args) throws IOException
    {
        final Path dir = Files.createTempDirectory("jstress-run");
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED");
        command.add("-Xmx512m");
        command.addAll(jvmFlags);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.jstress.cli.Main");
        command.addAll(Arrays.asList(args));
        final Path out = dir.resolve("stdout");
        final Path err = dir.resolve("stderr");
        final ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile())
            .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(env);
        final Process p = builder.start();
        return new JstressProcess(p, out, err);
    }

    public static JstressProcess start(final String... args) throws IOException
    {
        return start(List.of(), args);
    }

    public long pid()
    {
        return process.pid();
    }

    /** Waits for the process to exit and returns its exit code; fails the test if it takes longer than limit. */
    public int waitFor(final Duration limit) throws InterruptedException
    {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS))
        {
            process.destroyForcibly();
            throw new AssertionError("jstress did not exit within " + limit + "\nstdout:\n" + stdout() + "\nstderr:\n"
                + stderr());
        }
        return process.exitValue();
    }

    /** Waits until stdout has a line matching the predicate (or the process exits first). */
    public boolean awaitLine(final Predicate<String> line, final Duration limit) throws InterruptedException
    {
        final long until = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < until)
        {
            if (stdout().lines().anyMatch(line))
            {
                return true;
            }
            if (!process.isAlive())
            {
                return stdout().lines().anyMatch(line);
            }
            process.waitFor(20, TimeUnit.MILLISECONDS);
        }
        return false;
    }

    /**
     * An interval row (`total,` ...) whose time column has reached this many seconds. Intervals in which nothing
     * completed print no row, so a test that waits for a moment of the run waits for the first row at or after it.
     */
    public static Predicate<String> rowAtOrAfter(final double seconds)
    {
        return line ->
        {
            if (!line.startsWith("total,"))
            {
                return false;
            }
            final String[] fields = line.split(",");
            return fields.length > TIME_COLUMN && Double.parseDouble(fields[TIME_COLUMN].strip()) >= seconds;
        };
    }

    /** Sends a signal by name (INT, TERM, KILL...) to the process. */
    public void signal(final String name) throws IOException, InterruptedException
    {
        final Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
        if (kill.waitFor() != 0)
        {
            throw new IOException("kill -" + name + " failed: " + read(kill.getErrorStream()));
        }
    }

    public String stdout()
    {
        return readFile(stdout);
    }

    public String stderr()
    {
        return readFile(stderr);
    }

    @Override
    public void close()
    {
        process.destroyForcibly();
    }

    private static String readFile(final Path file)
    {
        try
        {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            return "";
        }
    }

    private static String read(final InputStream in) throws IOException
    {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
