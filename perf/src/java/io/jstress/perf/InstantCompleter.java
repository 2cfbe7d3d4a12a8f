package io.jstress.perf;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.pipeline.OpExecutor;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.ManyToOneConcurrentArrayQueue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * A server that answers at once, on another thread, as a driver I/O thread would: execute queues the
 * callback, and one completer thread drains the queue and completes each op with the same empty result.
 * Nothing here allocates per op, so whatever a benchmark allocates is the pipeline's (or the statements').
 */
final class InstantCompleter implements OpExecutor, Runnable, AutoCloseable
{
    private static final AsyncResultSet EMPTY = new EmptyResultSet();

    private final ManyToOneConcurrentArrayQueue<BiConsumer<? super AsyncResultSet, ? super Throwable>> pending;
    private final IdleStrategy idle;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long completed;

    /** @param capacity at least the pipeline's in-flight cap, so execute never finds the queue full */
    InstantCompleter(final int capacity)
    {
        pending = new ManyToOneConcurrentArrayQueue<>(capacity);
        // an event loop sleeps in epoll when idle; parking stands in for that and leaves the core to the others
        idle = new BackoffIdleStrategy(64, 16, TimeUnit.MICROSECONDS.toNanos(1), TimeUnit.MICROSECONDS.toNanos(100));
        thread = new Thread(this, "bench-completer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public CompletableFuture<?> execute(final Statement<?> statement,
        final BiConsumer<? super AsyncResultSet, ? super Throwable> callback)
    {
        while (!pending.offer(callback))
        {
            Thread.onSpinWait();
        }
        return null;
    }

    @Override
    public void run()
    {
        long done = 0;
        while (running)
        {
            BiConsumer<? super AsyncResultSet, ? super Throwable> callback;
            int drained = 0;
            while ((callback = pending.poll()) != null)
            {
                callback.accept(EMPTY, null);
                drained++;
            }
            done += drained;
            completed = done;
            idle.idle(drained);
        }
    }

    /** How many ops this completer has completed so far. */
    long completed()
    {
        return completed;
    }

    Thread thread()
    {
        return thread;
    }

    @Override
    public void close() throws InterruptedException
    {
        running = false;
        thread.join(TimeUnit.SECONDS.toMillis(5));
    }
}
