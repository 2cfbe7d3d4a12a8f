package io.jstress.report;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The HDR histogram log in cassandra-stress's layout: its header lines, then one `Tag=OP-st|rt|wt` line per
 * non-empty histogram per interval. Flushed at every interval so a harness tailing the file sees each one and
 * a killed run loses at most the interval in progress.
 */
public final class HdrLog implements AutoCloseable
{
    private final PrintStream stream;
    private final HistogramLogWriter writer;
    private final long epochMs;
    private final long epochNs;

    /**
     * @param epochMs the wall clock at epochNs: every timestamp in the file derives from this one pair
     */
    public HdrLog(final Path file, final long epochMs, final long epochNs) throws FileNotFoundException
    {
        this.stream = new PrintStream(new FileOutputStream(file.toFile()), false);
        this.writer = new HistogramLogWriter(stream);
        this.epochMs = epochMs;
        this.epochNs = epochNs;
        final long base = epochMs - epochMs % 1000;
        writer.outputComment("Logging op latencies for Cassandra Stress");
        writer.outputLogFormatVersion();
        writer.outputBaseTime(base);
        writer.setBaseTime(base);
        writer.outputStartTime(base);
        writer.outputLegend();
        stream.flush();
    }

    /** Writes one tagged interval histogram; empty histograms are skipped, as cassandra-stress does. */
    public void write(final String tag, final long startNs, final long endNs, final Histogram histogram)
    {
        if (histogram.getTotalCount() == 0)
        {
            return;
        }
        // HdrHistogram 2.2's own tag check only rejects 3-character tags; a bad tag would corrupt the line
        for (int i = 0; i < tag.length(); i++)
        {
            final char c = tag.charAt(i);
            if (c == ',' || Character.isWhitespace(c))
            {
                throw new IllegalArgumentException("HDR tag must not contain ',' or white space: " + tag);
            }
        }
        histogram.setTag(tag);
        histogram.setStartTimeStamp(toEpochMs(startNs));
        histogram.setEndTimeStamp(toEpochMs(endNs));
        writer.outputIntervalHistogram(histogram);
    }

    public void flush()
    {
        stream.flush();
    }

    /** True once a write failed (disk full, file gone): the run reports it rather than stopping. */
    public boolean failed()
    {
        return stream.checkError();
    }

    private long toEpochMs(final long ns)
    {
        return epochMs + TimeUnit.NANOSECONDS.toMillis(ns - epochNs);
    }

    @Override
    public void close()
    {
        stream.close();
    }
}
