package io.jstress.pipeline;

import com.lmax.disruptor.ExceptionHandler;

import java.io.PrintStream;

/**
 * Disruptor's default handler rethrows, which kills the consumer thread and stalls the ring forever. A bug in
 * one event must cost one line of output, not the run.
 */
final class ContinuingExceptionHandler implements ExceptionHandler<Object>
{
    private final PrintStream err;

    ContinuingExceptionHandler(final PrintStream err)
    {
        this.err = err;
    }

    @Override
    public void handleEventException(final Throwable ex, final long sequence, final Object event)
    {
        err.println("jstress: internal error at sequence " + sequence + ": " + ex);
    }

    @Override
    public void handleOnStartException(final Throwable ex)
    {
        err.println("jstress: internal error starting a pipeline thread: " + ex);
    }

    @Override
    public void handleOnShutdownException(final Throwable ex)
    {
        err.println("jstress: internal error stopping a pipeline thread: " + ex);
    }
}
