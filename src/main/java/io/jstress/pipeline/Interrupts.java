package io.jstress.pipeline;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * Ctrl-C and SIGTERM stop the measured run instead of killing the JVM, so the Results of what was done are
 * still printed and the HDR log closed; the exit code is then 128 + the signal. If the orderly path has not
 * exited within a few seconds (a driver stuck connecting, say), the process exits anyway.
 */
final class Interrupts
{
    private static final long GRACE_MS = TimeUnit.SECONDS.toMillis(5);

    private Interrupts()
    {
    }

    /** @param onSignal stops whatever phase of the run is going; called once, with the signal's number */
    static void install(final IntConsumer onSignal, final Thread owner, final PrintStream out)
    {
        final AtomicBoolean caught = new AtomicBoolean();
        final SignalHandler handler = signal ->
        {
            if (!caught.compareAndSet(false, true))
            {
                Runtime.getRuntime().exit(128 + signal.getNumber());
            }
            out.println("Control-C caught. Canceling running action and shutting down...");
            onSignal.accept(signal.getNumber());
            LockSupport.unpark(owner);
            final Thread watchdog = new Thread(() ->
            {
                try
                {
                    Thread.sleep(GRACE_MS);
                }
                catch (final InterruptedException ignored)
                {
                    return;
                }
                Runtime.getRuntime().exit(128 + signal.getNumber());
            }, "jstress-exit-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        };
        Signal.handle(new Signal("INT"), handler);
        Signal.handle(new Signal("TERM"), handler);
    }
}
