package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.report.GcMonitor;
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

import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At a fixed rate the pacer publishes slots ahead of their intended start and the dispatchers hold them: no op
 * is ever sent before its intended start, every op of the run is sent, and a stop does not wait for the next op
 * to come due. The server is a stand-in that answers every op from its own thread, as a driver I/O thread would.
 */
@Timeout(60)
class PacingTest
{
    private static final Statement<?> STATEMENT = SimpleStatement.newInstance("INSERT");
    private final ExecutorService io = Executors.newSingleThreadExecutor(r ->
    {
        final Thread t = new Thread(r, "test-io");
        t.setDaemon(true);
        return t;
    });

    @AfterEach
    void stopIo()
    {
        io.shutdownNow();
    }

    @Test
    void noOpIsSentBeforeItsIntendedStartAndEveryOpIsSent()
    {
        final int ops = 600;
        final long rate = 2000;
        final AtomicLongArray sent = new AtomicLongArray(ops);
        final AtomicInteger count = new AtomicInteger();
        final OpExecutor recording = (statement, callback) ->
        {
            sent.set(count.getAndIncrement(), System.nanoTime());
            io.execute(() -> callback.accept(null, null));
            return null;
        };
        final long startNs = System.nanoTime();
        final Pipeline.Result result = run(2, rate, new Stop.Count(ops), recording, new RunControl(), startNs);

        assertEquals(RunControl.Reason.COMPLETED, result.reason());
        assertEquals(ops, count.get(), "every op sent once");
        final long[] sends = new long[ops];
        for (int i = 0; i < ops; i++)
        {
            sends[i] = sent.get(i);
        }
        Arrays.sort(sends);
        // op k is due at intended(k); the (k+1)th send is of some op with an index >= k, so never before that
        final Schedule schedule = new Schedule(startNs, rate);
        for (int k = 0; k < ops; k++)
        {
            final long early = schedule.intendedNs(k) - sends[k];
            assertTrue(early <= 0, "send " + k + " came " + early + " ns before op " + k + " was due");
        }
    }

    @Test
    void aStopDoesNotWaitForTheNextOpToComeDue() throws InterruptedException
    {
        final CountDownLatch firstSent = new CountDownLatch(1);
        final OpExecutor answering = (statement, callback) ->
        {
            firstSent.countDown();
            io.execute(() -> callback.accept(null, null));
            return null;
        };
        final RunControl control = new RunControl();
        // one op a second: after the first, the pacer sleeps until the next is nearly due, and a stop must wake it
        final Thread stopper = new Thread(() ->
        {
            try
            {
                if (firstSent.await(10, TimeUnit.SECONDS))
                {
                    control.stop(RunControl.Reason.INTERRUPTED);
                }
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        });
        stopper.start();
        final long before = System.nanoTime();
        final Pipeline.Result result = run(1, 1, new Stop.Timed(Duration.ofSeconds(30)), answering, control,
            System.nanoTime());
        final long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
        stopper.join();

        assertEquals(RunControl.Reason.INTERRUPTED, result.reason());
        assertEquals(1, result.completed());
        assertTrue(ms < 500, "the run ended " + ms + " ms after it started; its second op was due after 1000 ms");
    }

    private Pipeline.Result run(final int processes, final long rate, final Stop stop, final OpExecutor executor,
        final RunControl control, final long startNs)
    {
        final Pipeline.Phase phase = new Pipeline.Phase(8, rate, stop, WorkloadPlan.Workloads.ALL_OPS,
            new ErrorSettings(false, 1, false, false, false, RetryDelay.NONE), TimeUnit.SECONDS.toNanos(1),
            TimeUnit.SECONDS.toNanos(1), true);
        try (GcMonitor gc = new GcMonitor(); PrintStream err = new PrintStream(OutputStream.nullOutputStream()))
        {
            final Report report = new Report(List.of("WRITE"), false, new PrintStream(OutputStream.nullOutputStream()),
                null, gc);
            final Pipeline pipeline = new Pipeline(Collections.nCopies(processes, executor),
                (d, only, budget) -> new Ops(), phase, report, control, err, WaitStrategies.named("blocking"), startNs);
            pipeline.start();
            return pipeline.await();
        }
    }

    private static final class Ops implements Workload
    {
        @Override
        public OpBuffers newBuffers()
        {
            return new OpBuffers()
            {
                @Override
                public boolean complete(final AsyncResultSet result, final boolean validate)
                {
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
            return STATEMENT;
        }
    }
}
