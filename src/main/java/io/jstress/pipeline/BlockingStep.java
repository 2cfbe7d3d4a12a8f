package io.jstress.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A step before the measurement that blocks in the driver (connecting, creating the schema, preparing), run on
 * its own daemon thread while the run's owner waits for it or for a signal, whichever comes first: Ctrl-C
 * during a connection that hangs ends the run at once, not when the driver gives up.
 */
final class BlockingStep
{
    private static final long POLL_NS = TimeUnit.MILLISECONDS.toNanos(10);

    private BlockingStep()
    {
    }

    /**
     * @return the step's result, or empty when a signal came first (the step is left to the process's exit)
     * @throws RuntimeException whatever the step threw
     */
    static <T> Optional<T> run(final String name, final Supplier<T> step, final Interrupts interrupts)
    {
        final CompletableFuture<T> result = new CompletableFuture<>();
        final Thread thread = new Thread(() ->
        {
            try
            {
                result.complete(step.get());
            }
            catch (final RuntimeException | Error e)
            {
                result.completeExceptionally(e);
            }
        }, "jstress-" + name);
        thread.setDaemon(true);
        thread.start();
        while (!result.isDone())
        {
            if (interrupts.signalled())
            {
                return Optional.empty();
            }
            // the signal handler unparks this thread, so the wait ends as soon as one arrives
            LockSupport.parkNanos(BlockingStep.class, POLL_NS);
        }
        try
        {
            return Optional.of(result.join());
        }
        catch (final CompletionException e)
        {
            if (e.getCause() instanceof RuntimeException r)
            {
                throw r;
            }
            if (e.getCause() instanceof Error error)
            {
                throw error;
            }
            throw e;
        }
    }
}
