package io.jstress.pipeline;

import com.lmax.disruptor.EventHandler;
import io.jstress.report.Outcome;
import io.jstress.report.Report;
import io.jstress.settings.Stop;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The single writer of every histogram and counter. Each completion is attributed to the interval in which it
 * ended; intervals close at strict boundaries (start + k * interval), from onEvent when a later completion
 * arrives, or from onTimeout when none does, so an idle or stalled run still reports on time.
 */
final class StatsHandler implements EventHandler<Completion>
{
    /** Completions stamped just before a boundary may still be on their way into the ring. */
    private static final long GRACE_NS = TimeUnit.MILLISECONDS.toNanos(5);

    private final Report report;
    private final RunControl control;
    private final PrintStream err;
    private final long startNs;
    private final long intervalNs;
    private final Drain drain;
    private final long deadlineNs;
    private final Stop.UntilStable stable;
    private final boolean ignoreErrors;
    private final boolean printFailures;
    private final LoaderHealth health;

    private long intervalStartNs;
    private long nextBoundaryNs;
    private long completed;
    private long lastDoneNs;
    private volatile long finishAtNs;
    private volatile boolean finished;
    private long endNs;

    /**
     * @param drain      ends a run of n= ops once it has drained, or null for other runs
     * @param deadlineNs when a timed run ends (duration=), Long.MAX_VALUE otherwise
     * @param stable the err&lt; stop condition, or null
     */
    StatsHandler(final Report report, final RunControl control, final PrintStream err, final long startNs,
        final long intervalNs, final Drain drain, final long deadlineNs, final Stop.UntilStable stable,
        final boolean ignoreErrors, final boolean printFailures, final LoaderHealth health)
    {
        this.health = health;
        this.report = report;
        this.control = control;
        this.err = err;
        this.startNs = startNs;
        this.intervalNs = intervalNs;
        this.drain = drain;
        this.deadlineNs = deadlineNs;
        this.stable = stable;
        this.ignoreErrors = ignoreErrors;
        this.printFailures = printFailures;
        this.intervalStartNs = startNs;
        this.nextBoundaryNs = startNs + intervalNs;
    }

    @Override
    public void onEvent(final Completion c, final long sequence, final boolean endOfBatch)
    {
        if (finished || c.outcome() == Outcome.CANCELLED)
        {
            c.release();
            return;
        }
        if (c.doneNs() >= deadlineNs)
        {
            reachDeadline();
            c.release();
            return;
        }
        while (c.doneNs() >= nextBoundaryNs && !finished)
        {
            closeInterval(nextBoundaryNs);
        }
        if (finished)
        {
            c.release();
            return;
        }
        report.record(c.op(), c.intendedNs(), c.sentNs(), c.doneNs(), c.partitions(), c.rows(), c.outcome());
        if (c.notApplied())
        {
            report.notApplied(c.op());
        }
        completed++;
        lastDoneNs = Math.max(lastDoneNs, c.doneNs());
        if (c.outcome().error())
        {
            if (printFailures)
            {
                err.println(c.failureLine());
            }
            if (!ignoreErrors)
            {
                control.stop(RunControl.Reason.FAILED);
            }
        }
        c.release();
        if (!finishIfDrained())
        {
            pollFinish();
        }
    }

    @Override
    public void onTimeout(final long sequence)
    {
        if (finished || finishIfDrained())
        {
            return;
        }
        pollFinish();
        final long now = System.nanoTime();
        if (now >= deadlineNs)
        {
            reachDeadline();
            return;
        }
        while (!finished && now >= nextBoundaryNs + GRACE_NS)
        {
            closeInterval(nextBoundaryNs);
        }
    }

    /** Asks the stats thread to close the run at endNs; it reports the last, partial interval if it has ops. */
    void requestFinish(final long endNs)
    {
        finishAtNs = Math.max(endNs, startNs + 1);
    }

    boolean finished()
    {
        return finished;
    }

    /** When the run ended, for the Results' rates and total time; valid once finished. */
    long endNs()
    {
        return endNs;
    }

    long completed()
    {
        return completed;
    }

    /** A run of n= ops ends when its last op is recorded; the last may also have been skipped, budget spent. */
    private boolean finishIfDrained()
    {
        if (drain == null || !drain.drained())
        {
            return false;
        }
        control.stop(RunControl.Reason.COMPLETED);
        finish(lastDoneNs);
        return true;
    }

    /** A timed run ends exactly at its deadline; whatever completes later is cancelled, not measured. */
    private void reachDeadline()
    {
        control.stop(RunControl.Reason.DEADLINE);
        finish(deadlineNs);
    }

    private void pollFinish()
    {
        final long at = finishAtNs;
        if (at != 0)
        {
            finish(at);
        }
    }

    private void finish(final long end)
    {
        while (!finished && nextBoundaryNs <= end)
        {
            closeInterval(nextBoundaryNs);
        }
        if (finished)
        {
            return;
        }
        // a completion that reached us after its interval had closed was recorded in the open one; it may have
        // ended before that interval began, so close at whichever is later rather than lose it
        final long closeAt = Math.max(end, intervalStartNs);
        if (closeAt > intervalStartNs || report.hasOpenOps())
        {
            report.closeInterval(intervalStartNs, Math.max(closeAt, intervalStartNs + 1), (closeAt - startNs) / 1e9);
            intervalStartNs = closeAt;
        }
        endNs = closeAt;
        finished = true;
    }

    private void closeInterval(final long end)
    {
        report.closeInterval(intervalStartNs, end, (end - startNs) / 1e9);
        sampleHealth(end);
        intervalStartNs = end;
        nextBoundaryNs = end + intervalNs;
        if (stable != null && !control.stopping() && stableEnough())
        {
            control.stop(RunControl.Reason.COMPLETED);
            endNs = end;
            finished = true;
        }
    }

    private void sampleHealth(final long end)
    {
        final long lagNs = health.lagNs(Math.max(end, System.nanoTime()));
        final long inFlight = health.inFlight();
        report.loaderSample((end - startNs) / 1e9, lagNs, inFlight);
        if (health.loaderBound(lagNs, inFlight))
        {
            err.println(String.format(Locale.ROOT,
                "WARNING: jstress is %.1f ms behind its schedule with only %d of %d ops in flight: "
                    + "the loader, not the server, is the bottleneck", lagNs / 1e6, inFlight, health.cap()));
        }
    }

    long maxLagNs()
    {
        return health.maxLagNs();
    }

    private boolean stableEnough()
    {
        final long n = report.uncertainty().measurements();
        return (report.uncertainty().value() < stable.errorLimit() && n >= stable.minIntervals())
            || n >= stable.maxIntervals();
    }
}
