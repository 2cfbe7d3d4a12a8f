package io.jstress.run;

import io.jstress.cli.Main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One in-process jstress run against the test node: the command line as a user types it, and what it printed. */
public final class Jstress
{
    public final int exitCode;
    public final String out;
    public final String err;

    Jstress(final int exitCode, final String out, final String err)
    {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs `jstress line` against the shared test node; -node, -port and the credentials are appended unless
     * the line already has its own -mode.
     */
    public static Jstress run(final String line)
    {
        final List<String> args = new ArrayList<>(Arrays.asList(line.trim().split("\\s+")));
        args.addAll(TestNode.args(!line.contains("-mode")));
        return runExactly(args);
    }

    /** Runs `jstress line` as given, with no node words added (merge, help). */
    public static Jstress plain(final String line)
    {
        return runExactly(Arrays.asList(line.trim().split("\\s+")));
    }

    /** Runs `jstress args...` with nothing appended: for runs against nodes other than the shared one. */
    public static Jstress runExactly(final List<String> args)
    {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8))
        {
            code = Main.run(args.toArray(String[]::new), o, e);
        }
        final Jstress run = new Jstress(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        // every run test also holds the pipeline to its promise: no completion is ever lost
        if (run.err.contains("completions were lost"))
        {
            throw new AssertionError("lost samples must read 0:\n" + run);
        }
        return run;
    }

    /** The Results line that starts with this label, e.g. "Total partitions". */
    public String resultsLine(final String label)
    {
        return out.lines().filter(l -> l.startsWith(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no '" + label + "' line in:\n" + out + "\nstderr:\n" + err));
    }

    @Override
    public String toString()
    {
        return "exit " + exitCode + "\nstdout:\n" + out + "\nstderr:\n" + err;
    }
}
