package io.jstress.pipeline;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import io.jstress.perf.Progress;
import org.HdrHistogram.Histogram;
import io.jstress.workload.WorkBudget;
import org.agrona.concurrent.BackoffIdleStrategy;
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

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The pacer alone, publishing into an op ring that one consumer drains at once. With rate=0 it is a closed
 * loop and the score is the most slots per second it can publish; with a rate the score should equal that
 * rate, and each iteration prints how late slots reached the consumer after their intended start (publish
 * lateness plus the ring's hand-off). Lives in the pipeline package because the pacer is package-private.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED", "-Xms1g", "-Xmx1g",
    "-XX:+UseG1GC"})
public class PacerBenchmark
{
    private static final int BATCH = 10_000;

    /** Target ops per second; 0 for a closed loop. */
    @Param({"0", "100000", "1000000"})
    long rate;

    /** The op ring's wait strategy (-Djstress.wait=). */
    @Param({"blocking"})
    String wait;

    private final RunControl control = new RunControl();
    private final Consumer consumer = new Consumer();
    private BatchEventProcessor<OpSlot> processor;
    private Thread pacerThread;
    private Thread consumerThread;

    /** Counts slots and records how late each arrives; publishes its count once per batch. */
    static final class Consumer implements EventHandler<OpSlot>
    {
        final Histogram lateness = new Histogram(3);
        long seen;
        volatile long consumed;

        @Override
        public void onEvent(final OpSlot slot, final long sequence, final boolean endOfBatch)
        {
            if (slot.intendedNs != 0)
            {
                lateness.recordValue(Math.max(0, System.nanoTime() - slot.intendedNs));
            }
            seen++;
            if (endOfBatch)
            {
                consumed = seen;
            }
        }
    }

    @Setup(Level.Trial)
    public void start()
    {
        final RingBuffer<OpSlot> ring = RingBuffer.createSingleProducer(OpSlot::new, 65536, WaitStrategies.named(wait));
        processor = new BatchEventProcessorBuilder().setMaxBatchSize(64).build(ring, ring.newBarrier(), consumer);
        ring.addGatingSequences(processor.getSequence());
        final long startNs = System.nanoTime();
        final Pacer pacer = new Pacer(ring, rate > 0 ? new Schedule(startNs, rate) : null, Long.MAX_VALUE,
            Long.MAX_VALUE, WorkBudget.unlimited(), control, new BackoffIdleStrategy(0, 0, TimeUnit.MICROSECONDS.toNanos(50),
            TimeUnit.MILLISECONDS.toNanos(1)), System.err);
        consumerThread = new Thread(processor, "bench-consumer");
        pacerThread = new Thread(pacer, "jstress-pacer");
        consumerThread.setDaemon(true);
        pacerThread.setDaemon(true);
        consumerThread.start();
        pacerThread.start();
    }

    @Setup(Level.Iteration)
    public void resetLateness()
    {
        // the histogram belongs to the consumer thread; a reset racing a record only blurs one iteration's figure
        consumer.lateness.reset();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long slots()
    {
        return Progress.advance(() -> consumer.consumed, BATCH);
    }

    @TearDown(Level.Iteration)
    public void printLateness()
    {
        final Histogram h = consumer.lateness.copy();
        if (h.getTotalCount() > 0)
        {
            System.out.printf(Locale.ROOT, "lateness us: p50 %.1f  p99 %.1f  p99.9 %.1f  max %.1f (%,d slots)%n",
                h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3, h.getTotalCount());
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException
    {
        control.stop(RunControl.Reason.INTERRUPTED);
        pacerThread.join(TimeUnit.SECONDS.toMillis(5));
        processor.halt();
        consumerThread.join(TimeUnit.SECONDS.toMillis(5));
    }
}
