package io.jstress.report;

import io.jstress.settings.OpType;

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

    private final List<OpType> ops;
    private final OpStats[] stats = new OpStats[OpType.values().length];
    private final OpStats total = new OpStats();
    private final boolean fixed;
    private final PrintStream out;
    private final HdrLog hdr;
    private final GcMonitor gc;
    private final Uncertainty uncertainty = new Uncertainty();
    private boolean headerPrinted;
    private IntervalObserver observer = IntervalObserver.NONE;
    private final List<LoaderSample> loaderSamples = new ArrayList<>();

    /** The loader's own health at one interval close: schedule lag and ops in flight. */
    public record LoaderSample(double timeSecs, double lagMs, long inFlight)
    {
    }

    /**
     * @param ops   the command's op types in print order (alphabetical: READ before WRITE)
     * @param fixed -rate fixed=: the console prints response time instead of service time
     * @param hdr   null when no -log hdrfile= was given
     */
    public Report(final List<OpType> ops, final boolean fixed, final PrintStream out, final HdrLog hdr,
        final GcMonitor gc)
    {
        this.ops = List.copyOf(ops);
        this.fixed = fixed;
        this.out = out;
        this.hdr = hdr;
        this.gc = gc;
        for (final OpType op : ops)
        {
            stats[op.ordinal()] = new OpStats();
        }
    }

    /** Who else sees each reported interval (the -graph report); set before the run starts. */
    public void observe(final IntervalObserver intervalObserver)
    {
        observer = intervalObserver;
    }

    public void record(final OpType op, final long intendedNs, final long sentNs, final long doneNs,
        final int partitions, final int rows, final Outcome outcome)
    {
        stats[op.ordinal()].record(intendedNs, sentNs, doneNs, partitions, rows, outcome);
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
        for (final OpType op : ops)
        {
            totalInterval.add(stats[op.ordinal()].interval());
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
            if (ops.size() > 1)
            {
                for (final OpType op : ops)
                {
                    final OpStats s = stats[op.ordinal()];
                    out.println(IntervalReport.row(op.name(), s.summary().ops() + s.interval().ops(), s.interval(),
                        fixed, seconds, timeSecs, uncertainty.value(), gcStats));
                }
            }
            final String totalRow = IntervalReport.row("total", total.summary().ops() + intervalOps, totalInterval,
                fixed, seconds, timeSecs, uncertainty.value(), gcStats);
            out.println(totalRow);
            out.flush();
            observer.interval(totalRow, totalInterval, timeSecs);
        }
        for (final OpType op : ops)
        {
            final OpStats s = stats[op.ordinal()];
            if (hdr != null)
            {
                hdr.write(op.name() + "-st", startNs, endNs, s.interval().serviceTime());
                hdr.write(op.name() + "-rt", startNs, endNs, s.interval().responseTime());
                hdr.write(op.name() + "-wt", startNs, endNs, s.interval().waitTime());
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

    /** Whether the interval now open has recorded any op. */
    public boolean hasOpenOps()
    {
        for (final OpType op : ops)
        {
            if (stats[op.ordinal()].interval().ops() > 0)
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
        for (final OpType op : ops)
        {
            lines.add(new ResultsReport.Line(op, stats[op.ordinal()].summary()));
        }
        ResultsReport.print(to, total.summary(), lines, fixed, runNs / NS_PER_S, gc.total(), runNs / 1_000_000);
        to.flush();
    }

    public OpStats.Interval totalSummary()
    {
        return total.summary();
    }

    public OpStats.Interval summary(final OpType op)
    {
        return stats[op.ordinal()].summary();
    }

    public List<OpType> ops()
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
