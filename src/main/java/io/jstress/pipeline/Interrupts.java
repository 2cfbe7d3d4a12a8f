package io.jstress.pipeline;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.io.PrintStream;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Ctrl-C and SIGTERM stop whichever phase of the run is going (connecting, warm-up, the measured run) instead
 * of killing the JVM, so the Results of what was done are still printed and the HDR log closed; the exit code
 * is then 128 + the signal. If the orderly path has not exited within a few seconds (a driver stuck
 * connecting, say), the process exits anyway. A second signal exits at once.
 */
final class Interrupts
{
    private static final long GRACE_MS = TimeUnit.SECONDS.toMillis(5);

    /** Written by the signal handler thread; read by the run's owner. */
    private volatile int signal;
    private volatile RunControl phase = new RunControl();

    private Interrupts()
    {
    }

    /** @param owner the thread that runs the workflow: woken when a signal arrives */
    static Interrupts install(final Thread owner, final PrintStream out)
    {
        final Interrupts interrupts = new Interrupts();
        final AtomicBoolean caught = new AtomicBoolean();
        final SignalHandler handler = sig ->
        {
            if (!caught.compareAndSet(false, true))
            {
                Runtime.getRuntime().exit(128 + sig.getNumber());
            }
            out.println("Control-C caught. Canceling running action and shutting down...");
            interrupts.signal = sig.getNumber();
            interrupts.phase.interrupt();
            LockSupport.unpark(owner);
            exitAfterGrace(128 + sig.getNumber());
        };
        Signal.handle(new Signal("INT"), handler);
        Signal.handle(new Signal("TERM"), handler);
        return interrupts;
    }

    /** The control of a new phase: a signal that arrives during it, or already did, stops it. */
    RunControl newPhase()
    {
        final RunControl control = new RunControl();
        phase = control;
        if (signal != 0)
        {
            control.interrupt();
        }
        return control;
    }

    boolean signalled()
    {
        return signal != 0;
    }

    /** 128 + the signal that stopped the run. */
    int exitCode()
    {
        return 128 + signal;
    }

    private static void exitAfterGrace(final int code)
    {
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
            Runtime.getRuntime().exit(code);
        }, "jstress-exit-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
