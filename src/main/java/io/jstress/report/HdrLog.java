package io.jstress.report;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The HDR histogram log in cassandra-stress's layout: its header lines, then one `Tag=OP-st|rt|wt` line per
 * non-empty histogram per interval. Each interval goes to the file in one write, flushed, so a harness tailing
 * the file sees each one and a killed run loses at most the interval in progress. A write that fails (a full
 * disk, a file gone) is remembered and ends the logging: the file is cut back to the last whole interval, so it
 * never ends in half a line, and the run reports the failure when it ends.
 */
public final class HdrLog implements AutoCloseable
{
    private final ByteArrayOutputStream interval = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(interval, false, StandardCharsets.US_ASCII);
    private final HistogramLogWriter writer = new HistogramLogWriter(stream);
    private final FileOutputStream file;
    private final long epochMs;
    private final long epochNs;
    private long written;
    private String failure;

    /**
     * @param epochMs the wall clock at epochNs: every timestamp in the file derives from this one pair
     */
    public HdrLog(final Path file, final long epochMs, final long epochNs) throws IOException
    {
        this.file = new FileOutputStream(file.toFile());
        this.epochMs = epochMs;
        this.epochNs = epochNs;
        final long base = epochMs - epochMs % 1000;
        writer.outputComment("Logging op latencies for Cassandra Stress");
        writer.outputLogFormatVersion();
        writer.outputBaseTime(base);
        writer.setBaseTime(base);
        writer.outputStartTime(base);
        writer.outputLegend();
        flush();
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

    /** Writes what was logged since the last flush (an interval's lines) to the file, in one write. */
    public void flush()
    {
        stream.flush();
        if (failure == null && interval.size() > 0)
        {
            try
            {
                interval.writeTo(file);
                written += interval.size();
            }
            catch (final IOException e)
            {
                fail(e);
            }
        }
        interval.reset();
    }

    /** Why the log could not be written, once a write failed. */
    public Optional<String> failure()
    {
        return Optional.ofNullable(failure);
    }

    private void fail(final IOException e)
    {
        failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        try
        {
            // a write cut short by a full disk leaves part of a line: back to the last whole interval
            file.getChannel().truncate(written);
        }
        catch (final IOException notAFile)
        {
            // a device such as /dev/full keeps nothing anyway
        }
    }

    private long toEpochMs(final long ns)
    {
        return epochMs + TimeUnit.NANOSECONDS.toMillis(ns - epochNs);
    }

    @Override
    public void close()
    {
        flush();
        try
        {
            file.close();
        }
        catch (final IOException e)
        {
            if (failure == null)
            {
                fail(e);
            }
        }
    }
}
