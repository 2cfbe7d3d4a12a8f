package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.lmax.disruptor.RingBuffer;
import io.jstress.report.Outcome;
import io.jstress.workload.OpBuffers;
import io.jstress.workload.Workload;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * One in-flight operation. A dispatcher owns a fixed set of these (its in-flight cap); each is reused op after
 * op, so the buffers the driver encodes from stay untouched until the request completes. It is its own driver
 * callback, so completing an op allocates nothing of ours.
 *
 * <p>Thread hand-offs: the dispatcher fills it and sends; the driver completes it on an I/O thread, the timer
 * thread or the dispatcher itself (synchronous failures), which publishes it to the completion ring; the stats
 * handler records it and releases it back to the pool. Each hand-off is a ring publication or a queue offer,
 * which orders the plain fields.
 */
final class OpContext implements BiConsumer<AsyncResultSet, Throwable>
{
    private final ContextPool pool;
    private final OpBuffers buffers;
    private final OpExecutor executor;
    private final RingBuffer<Completion> completions;
    private final RunControl control;
    private final int tries;
    private final boolean validateReads;

    private long intendedNs;
    private long sentNs;
    private int attempt;
    private Statement<?> statement;
    private volatile CompletableFuture<?> pending;
    private long doneNs;
    private Outcome outcome;
    private Throwable failure;

    OpContext(final ContextPool pool, final OpBuffers buffers, final OpExecutor executor,
        final RingBuffer<Completion> completions, final RunControl control, final int tries,
        final boolean validateReads)
    {
        this.pool = pool;
        this.buffers = buffers;
        this.executor = executor;
        this.completions = completions;
        this.control = control;
        this.tries = tries;
        this.validateReads = validateReads;
    }

    /**
     * Generates op index and sends it. When the run's budget of partitions is spent, nothing is sent and the
     * context goes straight back to its pool; the pacer stops on its own.
     */
    void start(final long index, final long intendedNs, final Workload workload)
    {
        this.intendedNs = intendedNs;
        this.failure = null;
        try
        {
            statement = workload.next(index, buffers);
        }
        catch (final RuntimeException e)
        {
            // a generator that throws would throw again: fail the op at once rather than retry it
            attempt = tries;
            sentNs = System.nanoTime();
            accept(null, e);
            return;
        }
        if (statement == null)
        {
            release();
            return;
        }
        attempt = 1;
        sentNs = System.nanoTime();
        send();
    }

    private void send()
    {
        try
        {
            pending = executor.execute(statement, this);
        }
        catch (final RuntimeException e)
        {
            accept(null, e);
        }
    }

    @Override
    public void accept(final AsyncResultSet result, final Throwable error)
    {
        final long now = System.nanoTime();
        final Outcome o;
        if (error != null)
        {
            failure = error;
            o = control.stopping() && control.reason() == RunControl.Reason.DEADLINE
                ? Outcome.CANCELLED : ErrorClassifier.classify(error);
        }
        else
        {
            failure = null;
            o = buffers.complete(result, validateReads) ? Outcome.OK : Outcome.VALIDATION;
        }
        if (o.error() && attempt < tries && !control.stopping())
        {
            attempt++;
            send();
            return;
        }
        pending = null;
        doneNs = now;
        outcome = o;
        if (!completions.tryPublishEvent(Completion.FROM_CONTEXT, this))
        {
            control.lostSample();
            release();
        }
    }

    void copyTo(final Completion c)
    {
        c.op = buffers.op();
        c.outcome = outcome;
        c.intendedNs = intendedNs;
        c.sentNs = sentNs;
        c.doneNs = doneNs;
        // a failed op touched nothing, whatever the buffers counted for the op before it
        final boolean failed = failure != null;
        c.partitions = failed ? 0 : buffers.partitions();
        c.rows = failed ? 0 : buffers.rows();
        c.notApplied = !failed && buffers.notApplied();
        c.tries = attempt;
        c.context = this;
    }

    /** Cancels the request if it is still pending: a timed run does not wait for stragglers. */
    void cancel()
    {
        final CompletableFuture<?> f = pending;
        if (f != null)
        {
            f.cancel(false);
        }
    }

    void release()
    {
        statement = null;
        failure = null;
        pool.release(this);
    }

    String failureLine(final int tries, final Outcome outcome)
    {
        final String detail;
        if (failure != null)
        {
            final String message = failure.getMessage();
            final String name = failure.getClass().getSimpleName();
            detail = "Error executing: " + (message == null ? "(" + name + ")" : "(" + name + "): " + message);
        }
        else
        {
            detail = outcome == Outcome.VALIDATION ? "Data returned was not validated" : outcome.label();
        }
        return "Operation x" + tries + " on key(s) [" + buffers.keys() + "]: " + detail;
    }
}
