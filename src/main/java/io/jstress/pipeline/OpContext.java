package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.lmax.disruptor.RingBuffer;
import io.jstress.report.Outcome;
import io.jstress.workload.OpBuffers;
import io.jstress.workload.Workload;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.function.BiConsumer;

/**
 * One in-flight operation. A dispatcher owns a fixed set of these (its in-flight cap); each is reused op after
 * op, so the buffers the driver encodes from stay untouched until the request completes. It is its own driver
 * callback, so completing an op allocates nothing of ours.
 *
 * <p>Thread hand-offs: the dispatcher fills it and sends; the driver completes it on an I/O thread, the timer
 * thread or the dispatcher itself (synchronous failures); a retry is sent from the retry timer's thread, never
 * from an I/O thread or a dispatcher; whoever completes it last publishes it to the completion ring; the stats
 * handler records it and releases it back to the pool. Each hand-off is a ring publication, a queue offer or a
 * timer schedule, which orders the plain fields.
 *
 * <p>Nothing thrown while generating, sending or checking an op escapes: the op fails with class other, so its
 * context always comes back and a run of n= ops always ends.
 */
final class OpContext implements BiConsumer<AsyncResultSet, Throwable>
{
    @SuppressWarnings("rawtypes")
    private static final AtomicReferenceFieldUpdater<OpContext, Future> PENDING =
        AtomicReferenceFieldUpdater.newUpdater(OpContext.class, Future.class, "pending");
    /** What a retry that was cancelled before it was sent completes with; it is never thrown. */
    private static final CancellationException RETRY_CANCELLED = new CancellationException("cut off at the end");

    private final ContextPool pool;
    private final OpBuffers buffers;
    private final OpExecutor executor;
    private final RingBuffer<Completion> completions;
    private final RunControl control;
    private final int tries;
    private final boolean validateReads;
    private final Backoff backoff;
    private final ScheduledExecutorService retries;
    private final Runnable resend = this::send;

    private long intendedNs;
    private long sentNs;
    private int attempt;
    private boolean generated;
    private Statement<?> statement;
    /** The driver's pending request, or the scheduled retry: what a cut-off cancels. */
    private volatile Future<?> pending;
    private long doneNs;
    private Outcome outcome;
    private Throwable failure;
    /** Out of the pool: written by the dispatcher and the stats thread, read to count stragglers at the end. */
    private boolean out;

    OpContext(final ContextPool pool, final OpBuffers buffers, final OpExecutor executor,
        final RingBuffer<Completion> completions, final RunControl control, final int tries,
        final boolean validateReads, final Backoff backoff, final ScheduledExecutorService retries)
    {
        this.pool = pool;
        this.buffers = buffers;
        this.executor = executor;
        this.completions = completions;
        this.control = control;
        this.tries = tries;
        this.validateReads = validateReads;
        this.backoff = backoff;
        this.retries = retries;
    }

    /**
     * Generates op index and sends it. When the run's budget of partitions is spent, nothing is sent and the
     * context goes straight back to its pool; the pacer stops on its own.
     *
     * @return whether an op was started: it will complete, one way or another
     */
    boolean start(final long index, final long intendedNs, final Workload workload)
    {
        this.intendedNs = intendedNs;
        this.failure = null;
        out = true;
        attempt = 1;
        try
        {
            statement = workload.next(index, buffers);
        }
        catch (final RuntimeException | Error e)
        {
            // a generator that throws would throw again: fail the op at once rather than retry it
            generated = false;
            sentNs = System.nanoTime();
            accept(null, e);
            return true;
        }
        if (statement == null)
        {
            release();
            return false;
        }
        generated = true;
        sentNs = System.nanoTime();
        send();
        return true;
    }

    private void send()
    {
        try
        {
            pending = executor.execute(statement, this);
        }
        catch (final RuntimeException | Error e)
        {
            accept(null, e);
        }
    }

    @Override
    public void accept(final AsyncResultSet result, final Throwable error)
    {
        final long now = System.nanoTime();
        Outcome o;
        failure = error;
        if (error != null)
        {
            o = ErrorClassifier.classify(error);
        }
        else
        {
            try
            {
                o = buffers.complete(result, validateReads) ? Outcome.OK : Outcome.VALIDATION;
            }
            catch (final RuntimeException | Error e)
            {
                // a result the workload cannot read fails the op; a throw here would be lost in the driver
                failure = e;
                o = Outcome.OTHER;
            }
        }
        if (o.error() && attempt < tries && !control.stopping() && ErrorClassifier.retryable(failure))
        {
            retry(backoff.delayNs(o, attempt));
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

    /** Sends the op again from the retry timer's thread, after the delay. */
    private void retry(final long delayNs)
    {
        attempt++;
        pending = null;
        try
        {
            final ScheduledFuture<?> next = retries.schedule(resend, delayNs, TimeUnit.NANOSECONDS);
            // unless the retry already ran and left the driver's request here, a cut-off must find the timer's
            PENDING.compareAndSet(this, null, next);
        }
        catch (final RuntimeException e)
        {
            // the timer is gone: the run is over and this op was cut off
            accept(null, RETRY_CANCELLED);
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

    /**
     * Cuts the op off if it is still pending: the driver's request completes as cancelled, and a retry waiting
     * on the timer is never sent.
     */
    void cancel()
    {
        final Future<?> f = pending;
        if (f instanceof ScheduledFuture<?> && f.cancel(false))
        {
            accept(null, RETRY_CANCELLED);
        }
        else if (f != null)
        {
            f.cancel(false);
        }
    }

    /** Whether this context is out of its pool: its op is being generated, is in flight or is unrecorded. */
    boolean out()
    {
        return out;
    }

    /** The op index (into the plan's op names) of the op this context holds. */
    int op()
    {
        return buffers.op();
    }

    int tries()
    {
        return attempt;
    }

    void release()
    {
        statement = null;
        failure = null;
        out = false;
        pool.release(this);
    }

    String failureLine(final int tries, final Outcome outcome)
    {
        final String detail;
        if (failure != null)
        {
            final Throwable answer = ErrorClassifier.answer(failure);
            final String message = answer.getMessage();
            final String name = answer.getClass().getSimpleName();
            final String statement = buffers.statementText();
            detail = (generated ? "Error executing: " + (statement == null ? "" : statement + ": ")
                : "Error generating: ")
                + (message == null ? "(" + name + ")" : "(" + name + "): " + firstLine(message));
        }
        else
        {
            detail = outcome == Outcome.VALIDATION ? "Data returned was not validated" : outcome.label();
        }
        return "Operation x" + tries + " on key(s) [" + (generated ? buffers.keys() : "") + "]: " + detail;
    }

    private static String firstLine(final String message)
    {
        final int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
