package io.jstress.report.graph;

import io.jstress.report.IntervalObserver;
import io.jstress.report.OpStats;
import org.HdrHistogram.Histogram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps what the -graph page draws of each reported interval: the total row as printed (the numbers
 * cassandra-stress's page reads) and the p50, p95, p99 and max of st, rt and wt, which it does not record.
 * Runs on the stats thread, once per interval.
 */
public final class GraphRecorder implements IntervalObserver
{
    /** cassandra-stress's interval columns, the "metrics" of each run in the page's data. */
    static final List<String> METRICS = List.of("type", "total ops", "op/s", "pk/s", "row/s", "mean", "med", ".95",
        ".99", ".999", "max", "time", "stderr", "errors", "gc: #", "max ms", "sum ms", "sdv ms", "mb");
    static final double[] PERCENTILES = {50, 95, 99};

    private final List<List<BigDecimal>> rows = new ArrayList<>();
    private final List<Double> times = new ArrayList<>();
    private final List<double[]> st = new ArrayList<>();
    private final List<double[]> rt = new ArrayList<>();
    private final List<double[]> wt = new ArrayList<>();

    @Override
    public void interval(final String totalRow, final OpStats.Interval total, final double timeSecs)
    {
        rows.add(parse(totalRow));
        times.add(timeSecs);
        st.add(percentiles(total.serviceTime()));
        rt.add(percentiles(total.responseTime()));
        wt.add(percentiles(total.waitTime()));
    }

    /** A printed row as cassandra-stress's page reads it: each comma-separated number, null where none. */
    static List<BigDecimal> parse(final String row)
    {
        final List<BigDecimal> values = new ArrayList<>();
        for (final String part : row.split(","))
        {
            try
            {
                values.add(new BigDecimal(part.trim()));
            }
            catch (final NumberFormatException e)
            {
                values.add(null);
            }
        }
        return values;
    }

    /** p50, p95, p99 and max in ms, or null when nothing was recorded (rt and wt without a rate). */
    private static double[] percentiles(final Histogram h)
    {
        if (h.getTotalCount() == 0)
        {
            return null;
        }
        final double[] values = new double[PERCENTILES.length + 1];
        for (int i = 0; i < PERCENTILES.length; i++)
        {
            values[i] = h.getValueAtPercentile(PERCENTILES[i]) / 1e6;
        }
        values[PERCENTILES.length] = h.getMaxValue() / 1e6;
        return values;
    }

    int intervals()
    {
        return rows.size();
    }

    List<List<BigDecimal>> rows()
    {
        return rows;
    }

    List<Double> times()
    {
        return times;
    }

    /** One latency kind's percentiles per interval: "st", "rt" or "wt". */
    List<double[]> latency(final String kind)
    {
        return switch (kind)
        {
            case "st" -> st;
            case "rt" -> rt;
            case "wt" -> wt;
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
