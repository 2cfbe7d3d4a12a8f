package io.jstress.report;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the stats thread knows about a run, and every line it prints: interval rows, the HDR log, the
 * Results block. Single-threaded by design: only the stats handler calls it while the run is going, and the
 * run's owner reads it only after that thread has stopped.
 */
public final class Report
{
    private static final double NS_PER_S = 1e9;

    private final List<String> ops;
    private final OpStats[] stats;
    private final OpStats total = new OpStats();
    private final boolean fixed;
    private final PrintStream out;
    private final HdrLog hdr;
    private final GcMonitor gc;
    private final Uncertainty uncertainty = new Uncertainty();
    private boolean headerPrinted;
    private IntervalObserver observer = IntervalObserver.NONE;
    private long notSent;
    private final List<LoaderSample> loaderSamples = new ArrayList<>();

    /** The loader's own health at one interval close: schedule lag and ops in flight. */
    public record LoaderSample(double timeSecs, double lagMs, long inFlight)
    {
    }

    /**
     * @param ops   the op names in print order (alphabetical: READ before WRITE); ops are recorded by index
     * @param fixed -rate fixed=: the console prints response time instead of service time
     * @param hdr   null when no -log hdrfile= was given
     */
    public Report(final List<String> ops, final boolean fixed, final PrintStream out, final HdrLog hdr,
        final GcMonitor gc)
    {
        this.ops = List.copyOf(ops);
        this.fixed = fixed;
        this.out = out;
        this.hdr = hdr;
        this.gc = gc;
        stats = new OpStats[ops.size()];
        for (int op = 0; op < stats.length; op++)
        {
            stats[op] = new OpStats();
        }
    }

    /** An op (by index) that was a lightweight transaction the server did not apply. */
    public void notApplied(final int op)
    {
        stats[op].notApplied();
    }

    /** Who else sees each reported interval (the -graph report); set before the run starts. */
    public void observe(final IntervalObserver intervalObserver)
    {
        observer = intervalObserver;
    }

    /**
     * @param op    the op's index into the op names
     * @param tries how many times the op was sent: all but the first are retries
     */
    public void record(final int op, final long intendedNs, final long sentNs, final long doneNs,
        final int partitions, final int rows, final Outcome outcome, final int tries)
    {
        stats[op].record(intendedNs, sentNs, doneNs, partitions, rows, outcome, tries);
    }

    /** An op still in flight when the run ended: counted, but it has no latency and no outcome. */
    public void cutOff(final int op, final int tries)
    {
        stats[op].cutOff(tries);
    }

    /** Ops that were due by the end of the run but never sent: set once, when the run closes. */
    public void notSent(final long ops)
    {
        notSent = ops;
    }

    public long notSent()
    {
        return notSent;
    }

    public void printHeader()
    {
        out.println(IntervalReport.HEADER);
        headerPrinted = true;
    }

    /**
     * Closes the interval [startNs, endNs): prints its rows (one per op type when there are several, then
     * total), writes its HDR lines, and folds it into the run's summary.
     *
     * @param timeSecs the time column, seconds from the run's start to endNs
     */
    public void closeInterval(final long startNs, final long endNs, final double timeSecs)
    {
        final OpStats.Interval totalInterval = total.interval();
        for (final OpStats s : stats)
        {
            totalInterval.add(s.interval());
        }
        final double seconds = (endNs - startNs) / NS_PER_S;
        final long maxLatencyNs = totalInterval.latency(fixed).getMaxValue();
        uncertainty.update(totalInterval.rows() / ((endNs - startNs - maxLatencyNs) / NS_PER_S));
        final GcStats gcStats = gc.drainInterval();
        final long intervalOps = totalInterval.ops();
        if (intervalOps > 0)
        {
            if (!headerPrinted)
            {
                printHeader();
            }
            if (stats.length > 1)
            {
                for (int op = 0; op < stats.length; op++)
                {
                    final OpStats s = stats[op];
                    out.println(IntervalReport.row(ops.get(op), s.summary().ops() + s.interval().ops(), s.interval(),
                        fixed, seconds, timeSecs, uncertainty.value(), gcStats));
                }
            }
            final String totalRow = IntervalReport.row("total", total.summary().ops() + intervalOps, totalInterval,
                fixed, seconds, timeSecs, uncertainty.value(), gcStats);
            out.println(totalRow);
            out.flush();
            observer.interval(totalRow, totalInterval, timeSecs);
        }
        for (int op = 0; op < stats.length; op++)
        {
            final OpStats s = stats[op];
            if (hdr != null)
            {
                hdr.write(ops.get(op) + "-st", startNs, endNs, s.interval().serviceTime());
                hdr.write(ops.get(op) + "-rt", startNs, endNs, s.interval().responseTime());
                hdr.write(ops.get(op) + "-wt", startNs, endNs, s.interval().waitTime());
            }
            s.closeInterval();
        }
        total.closeInterval();
        if (hdr != null)
        {
            hdr.flush();
        }
    }

    public void loaderSample(final double timeSecs, final long lagNs, final long inFlight)
    {
        loaderSamples.add(new LoaderSample(timeSecs, lagNs / 1e6, inFlight));
    }

    public List<LoaderSample> loaderSamples()
    {
        return loaderSamples;
    }

    /** Whether the interval now open has recorded any op, or counted one cut off. */
    public boolean hasOpenOps()
    {
        for (final OpStats s : stats)
        {
            if (s.interval().ops() > 0 || s.interval().cutOff() > 0)
            {
                return true;
            }
        }
        return false;
    }

    /** The standard error of the mean row rate so far (the stderr column). */
    public Uncertainty uncertainty()
    {
        return uncertainty;
    }

    public void printResults(final long runNs)
    {
        printResults(runNs, out);
    }

    /** The Results block, to any stream: the -graph report keeps its lines as cassandra-stress's page does. */
    public void printResults(final long runNs, final PrintStream to)
    {
        final List<ResultsReport.Line> lines = new ArrayList<>();
        for (int op = 0; op < stats.length; op++)
        {
            lines.add(new ResultsReport.Line(ops.get(op), stats[op].summary()));
        }
        ResultsReport.print(to, total.summary(), lines, fixed, runNs / NS_PER_S, gc.total(), runNs / 1_000_000,
            notSent);
        to.flush();
    }

    public OpStats.Interval totalSummary()
    {
        return total.summary();
    }

    public OpStats.Interval summary(final int op)
    {
        return stats[op].summary();
    }

    /** The op names, in print order. */
    public List<String> ops()
    {
        return ops;
    }

    public boolean fixed()
    {
        return fixed;
    }

    public GcStats gcTotal()
    {
        return gc.total();
    }
}
