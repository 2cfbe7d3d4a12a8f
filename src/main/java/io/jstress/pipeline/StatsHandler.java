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
 * arrives, or from onTimeout when none does, so an idle or stalled run still reports on time. Once the run
 * stops, its tail (the ops still in flight) is recorded into the last interval, which closes when the tail is
 * over: a timed run's last row then covers its deadline and the stragglers that completed after it.
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
    private final Tail tail;
    private final long deadlineNs;
    private final Stop stop;
    private final boolean ignoreErrors;
    private final boolean printFailures;
    private final LoaderHealth health;

    private long intervalStartNs;
    private long nextBoundaryNs;
    private long completed;
    private long lastDoneNs;
    private volatile boolean finished;
    private long endNs;

    /**
     * @param drain      whether every op published has been taken and every context is back
     * @param deadlineNs when a timed run ends (duration=), Long.MAX_VALUE otherwise
     */
    StatsHandler(final Report report, final RunControl control, final PrintStream err, final long startNs,
        final long intervalNs, final Drain drain, final Tail tail, final long deadlineNs, final Stop stop,
        final boolean ignoreErrors, final boolean printFailures, final LoaderHealth health)
    {
        this.health = health;
        this.report = report;
        this.control = control;
        this.err = err;
        this.startNs = startNs;
        this.intervalNs = intervalNs;
        this.drain = drain;
        this.tail = tail;
        this.deadlineNs = deadlineNs;
        this.stop = stop;
        this.ignoreErrors = ignoreErrors;
        this.printFailures = printFailures;
        this.intervalStartNs = startNs;
        this.nextBoundaryNs = startNs + intervalNs;
    }

    @Override
    public void onEvent(final Completion c, final long sequence, final boolean endOfBatch)
    {
        try
        {
            if (!finished)
            {
                record(c);
            }
        }
        finally
        {
            // whatever happened above, the context goes back: a lost context would hold a run of n= ops forever
            c.release();
        }
        if (!finished)
        {
            moveEnd(System.nanoTime());
        }
    }

    private void record(final Completion c)
    {
        if (c.outcome() == Outcome.CANCELLED)
        {
            report.cutOff(c.op(), c.tries());
            return;
        }
        if (c.doneNs() >= deadlineNs && !tail.stopping())
        {
            beginStop(RunControl.Reason.DEADLINE, deadlineNs);
        }
        closeBoundariesUpTo(c.doneNs());
        report.record(c.op(), c.intendedNs(), c.sentNs(), c.doneNs(), c.partitions(), c.rows(), c.outcome(),
            c.tries());
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
    }

    @Override
    public void onTimeout(final long sequence)
    {
        if (finished)
        {
            return;
        }
        final long now = System.nanoTime();
        if (now >= deadlineNs && !tail.stopping())
        {
            beginStop(RunControl.Reason.DEADLINE, deadlineNs);
        }
        moveEnd(now);
        if (!finished)
        {
            closeBoundariesUpTo(now - GRACE_NS);
        }
    }

    /** Notices a stop, follows the tail, and closes the run once it is over. */
    private void moveEnd(final long now)
    {
        if (!tail.stopping())
        {
            if (control.stopping())
            {
                beginStop(control.reason(), now);
            }
            else if ((stop instanceof Stop.Count || drain.exhausted()) && drain.drained())
            {
                // a run of n= ops ends when its last op is recorded (the last may have been skipped, budget spent);
                // so does any run whose budget ran out (-pop no-wrap keys, or every token range read)
                control.stop(RunControl.Reason.COMPLETED);
                finish(lastDoneNs);
                return;
            }
            else
            {
                return;
            }
        }
        if (tail.over(now))
        {
            for (final OpContext straggler : tail.stragglers())
            {
                report.cutOff(straggler.op(), straggler.tries());
            }
            finish(Math.max(tail.stopNs(), lastDoneNs));
        }
    }

    private void beginStop(final RunControl.Reason reason, final long atNs)
    {
        control.stop(reason);
        tail.begin(control.reason(), atNs, System.nanoTime());
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

    /** Closes every interval boundary up to t, but none at or after the stop: the tail belongs to the last one. */
    private void closeBoundariesUpTo(final long t)
    {
        while (!finished && nextBoundaryNs <= t && (!tail.stopping() || nextBoundaryNs < tail.stopNs()))
        {
            closeInterval(nextBoundaryNs);
        }
    }

    private void finish(final long end)
    {
        closeBoundariesUpTo(end);
        // a completion that reached us after its interval had closed was recorded in the open one; it may have
        // ended before that interval began, so close at whichever is later rather than lose it
        final long closeAt = Math.max(end, intervalStartNs);
        if (closeAt > intervalStartNs || report.hasOpenOps())
        {
            report.closeInterval(intervalStartNs, Math.max(closeAt, intervalStartNs + 1), (closeAt - startNs) / 1e9);
            intervalStartNs = closeAt;
        }
        report.notSent(tail.dueButNotSent(tail.stopping() ? tail.stopNs() : closeAt));
        endNs = closeAt;
        finished = true;
    }

    private void closeInterval(final long end)
    {
        report.closeInterval(intervalStartNs, end, (end - startNs) / 1e9);
        sampleHealth(end);
        intervalStartNs = end;
        nextBoundaryNs = end + intervalNs;
        if (stop instanceof Stop.UntilStable stable && !tail.stopping() && stableEnough(stable))
        {
            beginStop(RunControl.Reason.COMPLETED, end);
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

    private boolean stableEnough(final Stop.UntilStable stable)
    {
        final long n = report.uncertainty().measurements();
        return (report.uncertainty().value() < stable.errorLimit() && n >= stable.minIntervals())
            || n >= stable.maxIntervals();
    }
}
