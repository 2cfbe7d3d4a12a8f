package io.jstress.pipeline;

import io.jstress.settings.RateSettings;

import java.util.Locale;

/**
 * Refuses, before anything connects, a command line whose ops in flight would not fit the heap: every op
 * context keeps its buffers for the whole run, and the driver encodes each request into a copy of the same
 * size, so the contexts may take at most half of the heap. Without this, -col size=FIXED(1m) on the default 200
 * threads would spend a gigabyte before the first op, and end in an OutOfMemoryError.
 */
final class HeapBudget
{
    private static final double MIB = 1024 * 1024;

    private HeapBudget()
    {
    }

    /** @param maxHeap the JVM's -Xmx (Runtime.maxMemory()) */
    static void check(final RateSettings rate, final long bytesPerOp, final long maxHeap)
    {
        // auto mode may go up to threads<= ops in flight, so that is what must fit
        final long inFlight = (long)rate.maxThreads() * rate.processes();
        final double need = (double)inFlight * bytesPerOp;
        if (need > maxHeap / 2.0)
        {
            throw new RunFailure(String.format(Locale.ROOT, "%,d ops in flight (-rate threads%s%d%s) of %,d bytes "
                    + "each need %,.0f MiB of buffers, more than half of the %,.0f MiB heap: lower -rate threads= or "
                    + "-col size=, or give the loader more heap (JSTRESS_JVM_OPTS=-Xmx%dg)",
                inFlight, rate.auto() ? "<=" : "=", rate.maxThreads(),
                rate.processes() > 1 ? " processes=" + rate.processes() : "", bytesPerOp,
                need / MIB, maxHeap / MIB, (long)Math.ceil(2 * need / (1L << 30))));
        }
    }
}
