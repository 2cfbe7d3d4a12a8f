package io.jstress.perf;

import io.jstress.pipeline.Pipeline;
import io.jstress.pipeline.RunControl;
import io.jstress.pipeline.WaitStrategies;
import io.jstress.report.GcMonitor;
import io.jstress.report.Report;
import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.ErrorSettings;
import io.jstress.settings.OpType;
import io.jstress.settings.RetryDelay;
import io.jstress.settings.Stop;
import io.jstress.workload.KeySamplers;
import io.jstress.workload.OpMix;
import io.jstress.workload.RowGenerator;
import io.jstress.workload.PredefinedWorkload;
import io.jstress.workload.Schema;
import io.jstress.workload.Statements;
import io.jstress.workload.WorkBudget;
import io.jstress.workload.Workload;
import io.jstress.workload.WorkloadPlan;
import io.jstress.workload.dist.Samplers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The whole pipeline, closed loop: pacer -> op ring -> dispatcher (row generation, bind, execute) -> a
 * completer thread standing in for the driver's I/O thread -> completion ring -> stats handler. One
 * benchmark op is one loader op; the pipeline's threads live for the whole trial, so the per-thread
 * allocation counters (and -prof gc) see everything they allocate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED", "-Xms1g", "-Xmx1g",
    "-XX:+UseG1GC"})
public class PipelineBenchmark
{
    private static final int BATCH = 100_000;

    /** The in-flight cap (-rate threads=). */
    @Param({"1024"})
    int threads;

    /** The op ring's wait strategy (-Djstress.wait=). */
    @Param({"blocking"})
    String wait;

    /** bench: prepared statements whose bind allocates nothing; unprepared: the driver's SimpleStatement. */
    @Param({"bench", "unprepared"})
    String statements;

    /** Columns per row and bytes per value: 5 x 34 is cassandra-stress's default; 1 x 1 leaves the pipeline alone. */
    @Param({"5"})
    int columns;

    @Param({"34"})
    int size;

    /** Dispatchers (-rate processes=), each with its own completer, as each would have its own session. */
    @Param({"1"})
    int processes;

    private final List<InstantCompleter> completers = new ArrayList<>();
    private RunControl control;
    private Pipeline pipeline;
    private ThreadAllocation allocation;
    private long iterationStart;

    @Setup(Level.Trial)
    public void start()
    {
        for (int i = 0; i < processes; i++)
        {
            completers.add(new InstantCompleter(threads));
        }
        control = new RunControl();
        final PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        final Report report = new Report(List.of(OpType.WRITE.name()), false, silent, null, new GcMonitor());
        pipeline = new Pipeline(List.copyOf(completers), (i, only, budget) -> workload(statements, columns, size),
            new Pipeline.Phase(threads, 0, new Stop.Count(Long.MAX_VALUE), WorkloadPlan.Workloads.ALL_OPS,
                new ErrorSettings(false, 0, true, false, false, RetryDelay.NONE), TimeUnit.SECONDS.toNanos(1),
                TimeUnit.SECONDS.toNanos(1), true), report, control, silent, WaitStrategies.named(wait),
            System.nanoTime());
        pipeline.start();
        allocation = new ThreadAllocation("jstress-", "bench-completer");
    }

    /** A write of `count` columns of `size` bytes, keys 1..1,000,000 in sequence. */
    static Workload workload(final String statements, final int count, final int size)
    {
        final ColumnSettings columns = DefaultWrite.columns(count, size);
        final Schema schema = DefaultWrite.schema(columns);
        final Statements s = statements.equals("bench")
            ? BenchStatements.of(schema, Set.of(OpType.WRITE)) : Statements.unprepared(schema);
        return new PredefinedWorkload(s, new RowGenerator(columns, 10),
            KeySamplers.of(new Distribution.Seq(1, 1_000_000), 0x5eed), OpMix.only(0), new OpType[] {OpType.WRITE},
            Samplers.of(DistributionSpec.of(new Distribution.Fixed(1))), Long.MAX_VALUE, WorkBudget.unlimited(),
            null, null);
    }

    @Setup(Level.Iteration)
    public void markIteration()
    {
        allocation.reset();
        iterationStart = completed();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long ops()
    {
        return Progress.advance(this::completed, BATCH);
    }

    private long completed()
    {
        long sum = 0;
        for (final InstantCompleter c : completers)
        {
            sum += c.completed();
        }
        return sum;
    }

    @TearDown(Level.Iteration)
    public void printAllocation()
    {
        System.out.println(allocation.perOp(completed() - iterationStart));
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException
    {
        control.stop(RunControl.Reason.INTERRUPTED);
        final Pipeline.Result result = pipeline.await();
        for (final InstantCompleter c : completers)
        {
            c.close();
        }
        System.out.println("pipeline completed " + result.completed() + " ops, lost samples " + result.lostSamples());
    }
}
