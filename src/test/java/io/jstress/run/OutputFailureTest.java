package io.jstress.run;

import io.jstress.perf.CqlResponder;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * A log that cannot be written fails the run loudly: after the Results, one line on stderr says which file and
 * why, and the exit code is 1. A file is never left half-written under its name: the HDR log keeps its whole
 * intervals, and a JSON summary that does not fit leaves the previous one untouched. A missing directory or one
 * without write permission is found before the run starts. The server is a CQL responder: no node needed.
 */
class OutputFailureTest
{
    private static final String HOST = "127.0.77.21";
    private static CqlResponder responder;

    @BeforeAll
    static void startResponder() throws Exception
    {
        responder = CqlResponder.start(InetAddress.getByName(HOST), 0, CqlResponder.Faults.NONE);
    }

    @AfterAll
    static void stopResponder()
    {
        responder.close();
    }

    @Test
    void aFullDiskUnderTheHdrLogFailsTheRunAfterItsResults()
    {
        final Jstress run = run("write n=200 no-warmup -rate threads=4 -log no-settings hdrfile=/dev/full");

        assertFailedAfterResults(run, "jstress: cannot write -log hdrfile=/dev/full: No space left on device");
    }

    @Test
    void aFullDiskUnderTheJsonSummaryFailsTheRunAfterItsResults()
    {
        final Jstress run = run("write n=200 no-warmup -rate threads=4 -log no-settings json=/dev/full");

        assertFailedAfterResults(run, "jstress: cannot write -log json=/dev/full: No space left on device");
    }

    @Test
    void aLogThatOutgrowsTheFileSizeLimitKeepsItsWholeIntervalsAndThePreviousSummary(@TempDir final Path dir)
        throws Exception
    {
        final Path hdr = dir.resolve("run.hdr");
        final Path json = dir.resolve("run.json");
        Files.writeString(json, "{\"previous\": true}\n");
        // 8 blocks of 512 bytes: the HDR log outgrows it within a few intervals, and so would the summary
        final List<String> command = new ArrayList<>(List.of("sh", "-c", "ulimit -f 8 && exec \"$0\" \"$@\"",
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED", "-Xmx256m", "-cp",
            System.getProperty("java.class.path"), "io.jstress.cli.Main"));
        command.addAll(args("write duration=3s no-warmup -rate threads=4 fixed=200/s -log no-settings interval=100ms "
            + "hdrfile=" + hdr + " json=" + json));
        final Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE).start();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final Thread errReader = new Thread(() -> copy(p, err));
        errReader.start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "jstress exited");
        errReader.join(5000);
        final Jstress run = new Jstress(p.exitValue(), out, err.toString(StandardCharsets.UTF_8));

        assertFailedAfterResults(run, "jstress: cannot write -log hdrfile=" + hdr + ": File too large",
            "jstress: cannot write -log json=" + json + ": File too large");
        final String log = Files.readString(hdr);
        assertTrue(log.length() <= 4096 && log.endsWith("\n"), "whole lines only, within the limit: " + log.length());
        final HistogramLogReader reader = new HistogramLogReader(hdr.toFile());
        int intervals = 0;
        EncodableHistogram h;
        while ((h = reader.nextIntervalHistogram()) != null)
        {
            intervals += h.getTag().equals("WRITE-st") ? 1 : 0;
        }
        assertTrue(intervals > 0, "the intervals before the failure are readable");
        assertEquals("{\"previous\": true}\n", Files.readString(json), "the previous summary is untouched");
        assertFalse(Arrays.stream(dir.toFile().list()).anyMatch(f -> f.endsWith(".tmp")), "no temporary file left");
    }

    @Test
    void aDirectoryWithoutWritePermissionIsFoundBeforeTheRun(@TempDir final Path dir) throws IOException
    {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes to any directory");
        final Path locked = Files.createDirectory(dir.resolve("locked"),
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("r-xr-xr-x")));
        final Jstress run = run("write n=10 no-warmup -log hdrfile=" + locked.resolve("run.hdr"));

        assertEquals(1, run.exitCode, run::toString);
        assertEquals(List.of("jstress: cannot write -log hdrfile=" + locked.resolve("run.hdr")
            + ": permission denied in " + locked), run.err.lines().toList());
        assertEquals("", run.out);
    }

    private static void assertFailedAfterResults(final Jstress run, final String... lines)
    {
        System.out.println(run);
        assertEquals(1, run.exitCode, run::toString);
        assertTrue(run.out.contains("\nResults:\n") && run.out.contains("Total partitions"), run::toString);
        assertTrue(run.out.strip().endsWith("FAILURE"), run::toString);
        // a loader starved of CPU on a busy test box may also warn that it fell behind; that is not the point here
        final List<String> err = run.err.lines().filter(l -> !l.startsWith("WARNING: jstress is")).toList();
        assertEquals(lines.length, err.size(), run::toString);
        for (int i = 0; i < lines.length; i++)
        {
            assertTrue(err.get(i).startsWith(lines[i]), err.get(i));
        }
    }

    private static List<String> args(final String line)
    {
        final List<String> args = new ArrayList<>(Arrays.asList(line.split(" ")));
        args.addAll(List.of("-node", HOST, "-port", "native=" + responder.port()));
        return args;
    }

    private static Jstress run(final String line)
    {
        return Jstress.runExactly(args(line));
    }

    private static void copy(final Process p, final ByteArrayOutputStream to)
    {
        try
        {
            p.getErrorStream().transferTo(to);
        }
        catch (final IOException ignored)
        {
            // the process is gone; what was read is what there is
        }
    }
}
