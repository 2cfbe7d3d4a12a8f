package io.jstress.pipeline;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.WaitStrategy;
import io.jstress.report.Report;
import io.jstress.settings.ErrorSettings;
import io.jstress.settings.Stop;
import io.jstress.workload.WorkBudget;
import io.jstress.workload.Workload;
import io.jstress.workload.WorkloadPlan;
import org.agrona.concurrent.BackoffIdleStrategy;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * pacer -> op ring -> dispatchers (executeAsync) -> completion ring -> stats handler, on named daemon threads.
 * The op ring has one producer (the pacer); the completion ring has many (driver I/O threads, the driver timer,
 * dispatchers failing synchronously) and is fed only with tryPublishEvent, sized so it cannot fill: every
 * unconsumed completion holds one of the finite op contexts.
 */
public final class Pipeline
{
    /**
     * How long the stats thread sleeps between batches of completions. It only records (each completion carries
     * its own times) and prints within a tick of an interval's end; a dispatcher short of permits wakes it early.
     * At 1 ms, its wake-ups were a tenth of a fixed-rate run's CPU.
     */
    private static final long STATS_TICK_MS = 5;
    private static final long MAIN_POLL_NS = TimeUnit.MILLISECONDS.toNanos(5);
    private static final long JOIN_MS = 2000;

    /**
     * What one phase of a run (a warm-up, the measured run) does.
     *
     * @param threads      the in-flight cap per dispatcher
     * @param opsPerSecond the schedule's rate, 0 for a closed loop
     * @param onlyOp       the op index a warm-up runs alone, or WorkloadPlan.Workloads.ALL_OPS
     * @param errors       how failed ops are retried, and whether a failure stops the run
     * @param tailNs       how long the ops in flight when the run stops are waited for: the request timeout
     * @param printFailures whether an op that failed for good prints its line (-log level=minimal: not under ignore)
     */
    public record Phase(int threads, long opsPerSecond, Stop stop, int onlyOp, ErrorSettings errors,
        long intervalNs, long tailNs, boolean printFailures)
    {
    }

    /** What a finished pipeline reports besides the histograms (which also count the ops cut off or not sent). */
    public record Result(RunControl.Reason reason, long runNs, long completed, long maxInFlight, long maxLagNs,
        long lostSamples)
    {
    }

    private final RunControl control;
    private final long startNs;
    private final Pacer pacer;
    private final List<Dispatcher> dispatchers = new ArrayList<>();
    private final List<BatchEventProcessor<OpSlot>> dispatchProcessors = new ArrayList<>();
    private final StatsHandler stats;
    private final BatchEventProcessor<Completion> statsProcessor;
    private final List<Thread> threads = new ArrayList<>();
    private final ScheduledThreadPoolExecutor retries;

    /**
     * @param executors one per dispatcher (each with its own session)
     * @param workloads builds each dispatcher's workload
     * @param opWait    the op ring's wait strategy (blocking by default: it must not spin on small boxes)
     */
    public Pipeline(final List<OpExecutor> executors, final WorkloadPlan.Workloads workloads, final Phase phase,
        final Report report, final RunControl control, final PrintStream err, final WaitStrategy opWait,
        final long startNs)
    {
        this.control = control;
        this.startNs = startNs;
        final int processes = executors.size();
        final int threads = phase.threads();
        final int maxInFlight = threads * processes;
        final Stop stop = phase.stop();
        final WorkBudget budget = stop instanceof Stop.Count c ? WorkBudget.of(c.operations()) : WorkBudget.unlimited();
        final ParkingWaitStrategy recorder = new ParkingWaitStrategy(TimeUnit.MILLISECONDS.toNanos(STATS_TICK_MS));
        final RingBuffer<Completion> completions = RingBuffer.createMultiProducer(Completion::new,
            ceilPow2(Math.max(1024, 2 * maxInFlight)), recorder);
        final RingBuffer<OpSlot> ops = RingBuffer.createSingleProducer(OpSlot::new,
            ceilPow2(Math.min(65536, Math.max(1024, 4 * maxInFlight))), opWait);

        final ExceptionHandler<Object> handler = new ContinuingExceptionHandler(err);
        retries = retryTimer();
        final ErrorSettings errors = phase.errors();
        final Backoff backoff = new Backoff(errors.delay(), errors.tries());
        final ContextPool[] pools = new ContextPool[processes];
        for (int i = 0; i < processes; i++)
        {
            final ContextPool pool = new ContextPool(threads, recorder);
            pools[i] = pool;
            final Workload workload = workloads.forDispatcher(i, phase.onlyOp(), budget);
            for (int t = 0; t < threads; t++)
            {
                pool.add(t, new OpContext(pool, workload.newBuffers(), executors.get(i), completions, control,
                    errors.tries(), !errors.skipReadValidation(), backoff, retries));
            }
            final Dispatcher dispatcher = new Dispatcher(i, processes, pool, workload, control,
                phase.opsPerSecond() > 0);
            final BatchEventProcessor<OpSlot> processor = new BatchEventProcessorBuilder().setMaxBatchSize(64)
                .build(ops, ops.newBarrier(), dispatcher);
            processor.setExceptionHandler(handler);
            dispatchers.add(dispatcher);
            dispatchProcessors.add(processor);
        }
        final Sequence[] dispatchSequences = dispatchProcessors.stream().map(BatchEventProcessor::getSequence)
            .toArray(Sequence[]::new);
        final Schedule schedule = phase.opsPerSecond() > 0 ? new Schedule(startNs, phase.opsPerSecond()) : null;
        final long deadlineNs = stop instanceof Stop.Timed t ? startNs + t.duration().toNanos() : Long.MAX_VALUE;
        final long limit = stop instanceof Stop.Count c ? c.operations() : Long.MAX_VALUE;
        pacer = new Pacer(ops, schedule, limit, deadlineNs, budget, control,
            new BackoffIdleStrategy(0, 0, TimeUnit.MICROSECONDS.toNanos(50), TimeUnit.MILLISECONDS.toNanos(1)), err);
        final Drain drain = new Drain(pacer, dispatchSequences, pools);
        stats = new StatsHandler(report, control, err, startNs, phase.intervalNs(), drain,
            new Tail(drain, pacer, dispatchers, schedule, limit, phase.tailNs(), errors.failFast()), deadlineNs, stop,
            errors.ignore(), phase.printFailures(),
            new LoaderHealth(schedule, limit, deadlineNs, dispatchSequences, pools, maxInFlight));
        ops.addGatingSequences(dispatchSequences);
        statsProcessor = new BatchEventProcessorBuilder().build(completions, completions.newBarrier(), stats);
        statsProcessor.setExceptionHandler(handler);
        completions.addGatingSequences(statsProcessor.getSequence());
    }

    /** One daemon thread sends every retry, after its delay: never a dispatcher, never a driver I/O thread. */
    private static ScheduledThreadPoolExecutor retryTimer()
    {
        final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r ->
        {
            final Thread t = new Thread(r, "jstress-retry");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    public void start()
    {
        startThread(statsProcessor, "jstress-stats");
        for (int i = 0; i < dispatchProcessors.size(); i++)
        {
            start(new DispatchThread(dispatchProcessors.get(i), "jstress-dispatch-" + i, dispatchers.get(i).writes()));
        }
        startThread(pacer, "jstress-pacer");
    }

    /**
     * Waits until the run ends (all n= ops done, the deadline, a stable mean, a failure or an interrupt) and its
     * tail is over, then stops every thread.
     */
    public Result await()
    {
        while (!stats.finished())
        {
            LockSupport.parkNanos(this, MAIN_POLL_NS);
        }
        control.stop(RunControl.Reason.COMPLETED);
        retries.shutdownNow();
        // stragglers counted as cut off must not live on into the next phase
        for (final Dispatcher d : dispatchers)
        {
            d.pool().cancelPending();
        }
        for (final Thread t : threads)
        {
            LockSupport.unpark(t);
        }
        for (final BatchEventProcessor<OpSlot> p : dispatchProcessors)
        {
            p.halt();
        }
        statsProcessor.halt();
        joinAll();
        // each dispatcher's own peak, summed: no counter shared by the dispatchers is written per op
        long maxInFlight = 0;
        for (final Dispatcher d : dispatchers)
        {
            maxInFlight += d.maxInFlight();
        }
        return new Result(control.reason(), stats.endNs() - startNs, stats.completed(), maxInFlight,
            stats.maxLagNs(), control.lostSamples());
    }

    private void startThread(final Runnable runnable, final String name)
    {
        start(new Thread(runnable, name));
    }

    private void start(final Thread thread)
    {
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
    }

    private void joinAll()
    {
        final long until = System.currentTimeMillis() + JOIN_MS;
        for (final Thread t : threads)
        {
            try
            {
                t.join(Math.max(1, until - System.currentTimeMillis()));
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static int ceilPow2(final int n)
    {
        return Integer.highestOneBit(n - 1) << 1;
    }
}
