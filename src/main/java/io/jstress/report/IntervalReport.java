package io.jstress.report;

import org.HdrHistogram.Histogram;

import java.util.Locale;

/** The interval header and rows, in cassandra-stress's exact column formats and in every locale alike. */
public final class IntervalReport
{
    public static final String HEADER_FORMAT =
        "%-10s%10s,%8s,%8s,%8s,%8s,%8s,%8s,%8s,%8s,%8s,%7s,%9s,%7s,%7s,%8s,%8s,%8s,%8s";
    public static final String ROW_FORMAT =
        "%-10s%10d,%8.0f,%8.0f,%8.0f,%8.1f,%8.1f,%8.1f,%8.1f,%8.1f,%8.1f,%7.1f,%9.5f,%7d,%7.0f,%8.0f,%8.0f,%8.0f,%8.0f";
    public static final String HEADER = String.format(Locale.ROOT, HEADER_FORMAT, "type", "total ops", "op/s",
        "pk/s", "row/s", "mean", "med", ".95", ".99", ".999", "max", "time", "stderr", "errors", "gc: #", "max ms",
        "sum ms", "sdv ms", "mb");

    private static final double MS = 1e-6;

    private IntervalReport()
    {
    }

    /**
     * @param type       the op name, or "total"
     * @param totalOps   ops so far, this interval included
     * @param interval   this interval's figures
     * @param seconds    the interval's length
     * @param timeSecs   the time column: seconds from the start to the end of this interval
     */
    public static String row(final String type, final long totalOps, final OpStats.Interval interval,
        final boolean fixed, final double seconds, final double timeSecs, final double stderr, final GcStats gc)
    {
        final Histogram latency = interval.latency(fixed);
        return String.format(Locale.ROOT, ROW_FORMAT, type + ",", totalOps,
            interval.ops() / seconds, interval.partitions() / seconds, interval.rows() / seconds,
            latency.getMean() * MS, latency.getValueAtPercentile(50.0) * MS,
            latency.getValueAtPercentile(95.0) * MS, latency.getValueAtPercentile(99.0) * MS,
            latency.getValueAtPercentile(99.9) * MS, latency.getMaxValue() * MS,
            timeSecs, stderr, interval.errors(),
            gc.count(), gc.maxMs(), gc.sumMs(), gc.sdvMs(), gc.bytes() / (1 << 20));
    }
}
