package io.jstress.report;

import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The Results block cassandra-stress prints at the end, line for line. The figures outside the brackets are
 * for all op types together; the brackets give each op type, READ before WRITE. Every number is formatted
 * with Locale.ROOT, so a harness reads the same characters whatever the machine's locale.
 */
public final class ResultsReport
{
    private static final double MS = 1e-6;

    private ResultsReport()
    {
    }

    /** One op's summary, under its name. */
    public record Line(String op, OpStats.Interval stats)
    {
    }

    /**
     * @param notSent ops that were due but never sent before the run ended
     */
    public static void print(final PrintStream out, final OpStats.Interval total, final List<Line> ops,
        final boolean fixed, final double seconds, final GcStats gc, final long runMs, final long notSent)
    {
        out.println();
        out.println("Results:");
        out.println(f("Op rate                   : %,8.0f op/s  %s", total.ops() / seconds,
            brackets(ops, "%,.0f", " op/s", s -> s.ops() / seconds)));
        out.println(f("Partition rate            : %,8.0f pk/s  %s", total.partitions() / seconds,
            brackets(ops, "%,.0f", " pk/s", s -> s.partitions() / seconds)));
        out.println(f("Row rate                  : %,8.0f row/s %s", total.rows() / seconds,
            brackets(ops, "%,.0f", " row/s", s -> s.rows() / seconds)));
        out.println(latencyLine("Latency mean              ", total, ops, fixed, h -> h.getMean()));
        out.println(latencyLine("Latency median            ", total, ops, fixed, h -> h.getValueAtPercentile(50.0)));
        out.println(latencyLine("Latency 95th percentile   ", total, ops, fixed, h -> h.getValueAtPercentile(95.0)));
        out.println(latencyLine("Latency 99th percentile   ", total, ops, fixed, h -> h.getValueAtPercentile(99.0)));
        out.println(latencyLine("Latency 99.9th percentile ", total, ops, fixed, h -> h.getValueAtPercentile(99.9)));
        out.println(latencyLine("Latency max               ", total, ops, fixed, h -> h.getMaxValue()));
        out.println(f("Total partitions          : %,10d %s", total.partitions(),
            brackets(ops, "%,.0f", "", s -> s.partitions())));
        out.println(f("Total errors              : %,10d %s", total.errors(),
            brackets(ops, "%,.0f", "", s -> s.errors())));
        faults(out, total, ops, notSent);
        out.println(f("Total GC count            : %,1.0f", gc.count()));
        out.println("Total GC memory           : " + prettyMemory((long)gc.bytes()));
        out.println(f("Total GC time             : %,6.1f seconds", gc.sumMs() / 1000));
        out.println(f("Avg GC time               : %,6.1f ms", gc.sumMs() / gc.count()));
        out.println(f("StdDev GC time            : %,6.1f ms", gc.sdvMs()));
        out.println("Total operation time      : " + hms(runMs));
        out.println();
    }

    /**
     * jstress's own lines, printed only when there is something to say so a clean run's block stays
     * cassandra-stress's: the errors of each class, the retries, the ops cut off in flight at the end and the
     * ops that came due but were never sent. Each reads like the lines above it: a label, a colon, a number.
     */
    private static void faults(final PrintStream out, final OpStats.Interval total, final List<Line> ops,
        final long notSent)
    {
        for (final Outcome o : Outcome.ERRORS)
        {
            if (total.errors(o) > 0)
            {
                out.println(f("  %-24s: %,10d %s", o.label(), total.errors(o),
                    brackets(ops, "%,.0f", "", s -> s.errors(o))));
            }
        }
        if (total.retries() > 0)
        {
            out.println(f("Total retries             : %,10d %s", total.retries(),
                brackets(ops, "%,.0f", "", s -> s.retries())));
        }
        if (total.cutOff() > 0)
        {
            out.println(f("Ops cut off in flight     : %,10d %s", total.cutOff(),
                brackets(ops, "%,.0f", "", s -> s.cutOff())));
        }
        if (notSent > 0)
        {
            out.println(f("Ops due but never sent    : %,10d", notSent));
        }
    }

    /** HH:mm:ss, hours not wrapped at a day, as cassandra-stress prints it. */
    public static String hms(final long ms)
    {
        final long s = ms / 1000;
        return f("%02d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60);
    }

    /** Cassandra's prettyPrintMemory: three decimals of KiB, MiB or GiB. */
    public static String prettyMemory(final long bytes)
    {
        if (bytes >= 1L << 30)
        {
            return f("%.3f GiB", bytes / (double)(1L << 30));
        }
        if (bytes >= 1L << 20)
        {
            return f("%.3f MiB", bytes / (double)(1L << 20));
        }
        return f("%.3f KiB", bytes / (double)(1L << 10));
    }

    private static String latencyLine(final String label, final OpStats.Interval total, final List<Line> ops,
        final boolean fixed, final ToDoubleFunction<Histogram> value)
    {
        return f("%s: %6.1f ms %s", label, value.applyAsDouble(total.latency(fixed)) * MS,
            brackets(ops, "%,.1f", " ms", s -> value.applyAsDouble(s.latency(fixed)) * MS));
    }

    private static String brackets(final List<Line> ops, final String format, final String unit,
        final ToDoubleFunction<OpStats.Interval> value)
    {
        final StringBuilder b = new StringBuilder("[");
        for (final Line line : ops)
        {
            if (b.length() > 1)
            {
                b.append(", ");
            }
            b.append(line.op()).append(": ").append(f(format, value.applyAsDouble(line.stats()))).append(unit);
        }
        return b.append(']').toString();
    }

    private static String f(final String format, final Object... args)
    {
        return String.format(Locale.ROOT, format, args);
    }
}
