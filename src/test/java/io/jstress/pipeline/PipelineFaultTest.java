package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.report.GcMonitor;
import io.jstress.report.OpStats;
import io.jstress.report.Outcome;
import io.jstress.report.Report;
import io.jstress.settings.ErrorSettings;
import io.jstress.settings.RetryDelay;
import io.jstress.settings.Stop;
import io.jstress.workload.OpBuffers;
import io.jstress.workload.Workload;
import io.jstress.workload.WorkloadPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whatever breaks inside the pipeline, a run ends and every op is counted: a generator or a result check that
 * throws fails its op with class other and one line, a failure that comes back synchronously on every try does
 * not overflow the stack, and retries wait on the retry timer rather than on a dispatcher or an I/O thread. The
 * server is a stand-in that completes ops on its own thread, as a driver I/O thread would.
 */
@Timeout(60)
class PipelineFaultTest
{
    private static final Statement<?> STATEMENT = SimpleStatement.newInstance("INSERT");
    private final ExecutorService io = Executors.newSingleThreadExecutor(r ->
    {
        final Thread t = new Thread(r, "test-io");
        t.setDaemon(true);
        return t;
    });
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @AfterEach
    void stopIo()
    {
        io.shutdownNow();
    }

    @Test
    void aThrowingGeneratorFailsItsOpsAsOtherAndTheRunEnds()
    {
        final Finished run = run(errors(true, 9, RetryDelay.NONE), new Ops(i -> i % 10 == 3, false), answering());

        assertEquals(RunControl.Reason.COMPLETED, run.result.reason());
        assertEquals(100, run.total.ops(), "every op recorded, failed or not");
        assertEquals(10, run.total.errors(Outcome.OTHER));
        assertEquals(0, run.total.retries(), "a generator that throws would throw again: no retry");
        final List<String> lines = errorLines();
        assertEquals(10, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).matches("Operation x1 on key\\(s\\) \\[]: Error generating: "
            + "\\(IllegalStateException\\): generator broke at op \\d+"), lines.get(0));
    }

    @Test
    void withoutIgnoreTheFirstGeneratorFailureStopsTheRun()
    {
        final Finished run = run(errors(false, 9, RetryDelay.NONE), new Ops(i -> i == 20, false), answering());

        assertEquals(RunControl.Reason.FAILED, run.result.reason());
        assertEquals(1, run.total.errors(Outcome.OTHER));
        assertTrue(run.total.ops() + run.total.cutOff() <= 100, "no op counted twice");
    }

    @Test
    void aResultCheckThatThrowsFailsItsOpInsteadOfLosingIt()
    {
        final Finished run = run(errors(true, 9, RetryDelay.NONE), new Ops(i -> false, true), answering());

        assertEquals(RunControl.Reason.COMPLETED, run.result.reason());
        assertEquals(100, run.total.ops());
        assertEquals(100, run.total.errors(Outcome.OTHER));
        assertTrue(errorLines().get(0).endsWith("Error executing: (IllegalArgumentException): unreadable result"),
            errorLines().get(0));
    }

    @Test
    void aFailureThatComesBackSynchronouslyOnEveryTryEndsAfterItsTriesWithoutOverflowingTheStack()
    {
        final OpExecutor noNode = (statement, callback) ->
        {
            final CompletableFuture<AsyncResultSet> failed = CompletableFuture.failedFuture(
                new NoNodeAvailableException());
            failed.whenComplete(callback);
            return failed;
        };
        final Finished run = run(new Pipeline.Phase(1, 0, new Stop.Count(2), WorkloadPlan.Workloads.ALL_OPS,
            errors(true, 20_000, RetryDelay.NONE), TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(1), true),
            new Ops(i -> false, false), noNode);

        assertEquals(2, run.total.errors(Outcome.NO_HOST));
        assertEquals(2 * 20_000, run.total.retries());
    }

    @Test
    void retriesWaitOnTheRetryTimerSoOpsRetryTogether()
    {
        // 20 ops on 20 contexts, each turned away once as overloaded: waiting 300 ms each on the single I/O
        // thread would take 6 s; on the retry timer they wait together
        final Set<Object> refused = ConcurrentHashMap.newKeySet();
        final OpExecutor overloadedOnce = (statement, callback) ->
        {
            io.execute(() -> callback.accept(null, refused.add(callback)
                ? new RequestThrottlingException("overloaded") : null));
            return null;
        };
        final long start = System.nanoTime();
        final Finished run = run(new Pipeline.Phase(20, 0, new Stop.Count(20), WorkloadPlan.Workloads.ALL_OPS,
            errors(false, 3, new RetryDelay(RetryDelay.Policy.CONSTANT, 300, 1000)), TimeUnit.SECONDS.toNanos(1),
            TimeUnit.SECONDS.toNanos(1), true), new Ops(i -> false, false), overloadedOnce);
        final long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(RunControl.Reason.COMPLETED, run.result.reason(), String.join("\n", errorLines()));
        assertEquals(0, run.total.errors());
        assertEquals(20, run.total.retries());
        assertTrue(run.total.serviceTime().getMinValue() >= TimeUnit.MILLISECONDS.toNanos(300),
            "st includes the retry delay: " + run.total.serviceTime().getMinValue());
        assertTrue(ms < 3000, "20 delayed retries overlapped: " + ms + " ms");
    }

    private List<String> errorLines()
    {
        return errors.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private static ErrorSettings errors(final boolean ignore, final int retries, final RetryDelay delay)
    {
        return new ErrorSettings(ignore, retries, false, false, false, delay);
    }

    /** A server that answers every op, from its own thread. */
    private OpExecutor answering()
    {
        return (statement, callback) ->
        {
            io.execute(() -> callback.accept(null, null));
            return null;
        };
    }

    private Finished run(final ErrorSettings errorSettings, final Workload ops, final OpExecutor executor)
    {
        return run(new Pipeline.Phase(8, 0, new Stop.Count(100), WorkloadPlan.Workloads.ALL_OPS, errorSettings,
            TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(1), true), ops, executor);
    }

    private Finished run(final Pipeline.Phase phase, final Workload ops, final OpExecutor executor)
    {
        try (GcMonitor gc = new GcMonitor(); PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8))
        {
            final Report report = new Report(List.of("WRITE"), false, new PrintStream(OutputStream.nullOutputStream()),
                null, gc);
            final Pipeline pipeline = new Pipeline(List.of(executor), (d, only, budget) -> ops, phase, report,
                new RunControl(), err, WaitStrategies.named("blocking"), System.nanoTime());
            pipeline.start();
            final Pipeline.Result result = pipeline.await();
            return new Finished(result, report.totalSummary());
        }
    }

    private record Finished(Pipeline.Result result, OpStats.Interval total)
    {
    }

    /** Ops whose generator throws for some indices, and whose result check may throw. */
    private static final class Ops implements Workload
    {
        private final LongPredicate generatorThrows;
        private final boolean checkThrows;

        Ops(final LongPredicate generatorThrows, final boolean checkThrows)
        {
            this.generatorThrows = generatorThrows;
            this.checkThrows = checkThrows;
        }

        @Override
        public OpBuffers newBuffers()
        {
            return new OpBuffers()
            {
                @Override
                public boolean complete(final AsyncResultSet result, final boolean validate)
                {
                    if (checkThrows)
                    {
                        throw new IllegalArgumentException("unreadable result");
                    }
                    return true;
                }

                @Override
                public int partitions()
                {
                    return 1;
                }

                @Override
                public int rows()
                {
                    return 1;
                }

                @Override
                public String keys()
                {
                    return "6b6579";
                }
            };
        }

        @Override
        public Statement<?> next(final long opIndex, final OpBuffers buffers)
        {
            if (generatorThrows.test(opIndex))
            {
                throw new IllegalStateException("generator broke at op " + opIndex);
            }
            return STATEMENT;
        }
    }
}
