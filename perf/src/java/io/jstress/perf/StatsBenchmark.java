package io.jstress.perf;

import io.jstress.report.GcMonitor;
import io.jstress.report.HdrLog;
import io.jstress.report.Outcome;
import io.jstress.report.Report;
import io.jstress.settings.OpType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The stats thread's work alone: one Report.record per completion (st, rt and wt into their histograms), and
 * an interval close (console row, HDR log lines, summary merge) every intervalOps records. The latencies
 * spread from 100 us to 100 ms, so the histograms have realistic width.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC"})
public class StatsBenchmark
{
    private static final int SAMPLES = 1 << 16;

    /** Records per interval: 1,000,000 is one interval of 1 s at 1M ops/s. */
    @Param({"1000000"})
    int intervalOps;

    private final long[] serviceNs = new long[SAMPLES];
    private final long[] waitNs = new long[SAMPLES];
    private Report report;
    private HdrLog hdr;
    private GcMonitor gc;
    private long now;
    private long intervalStart;
    private int i;
    private int inInterval;

    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        final SplittableRandom random = new SplittableRandom(42);
        for (int k = 0; k < SAMPLES; k++)
        {
            serviceNs[k] = (long)(100_000 * Math.pow(1000, random.nextDouble()));
            waitNs[k] = random.nextInt(50_000);
        }
        gc = new GcMonitor();
        hdr = new HdrLog(Path.of("/dev/null"), System.currentTimeMillis(), System.nanoTime());
        report = new Report(List.of(OpType.WRITE.name()), true, new PrintStream(OutputStream.nullOutputStream()), hdr,
            gc);
        now = System.nanoTime();
        intervalStart = now;
    }

    @Benchmark
    public void record()
    {
        final int k = i++ & (SAMPLES - 1);
        now += 1_000;
        final long sent = now - serviceNs[k];
        report.record(0, sent - waitNs[k], sent, now, 1, 1, Outcome.OK, 1);
        if (++inInterval == intervalOps)
        {
            report.closeInterval(intervalStart, now, 1.0);
            intervalStart = now;
            inInterval = 0;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown()
    {
        hdr.close();
        gc.close();
    }
}
