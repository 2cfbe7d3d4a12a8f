package io.jstress.report.merge;

import io.jstress.report.HdrLog;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * -log hdrfile= of jstress merge: one HDR log, interval by interval, in the layout a run writes. Interval k of the
 * merged log is the sum of every input's interval that starts at the earliest input's start + k intervals; with a
 * common start those are the inputs' own interval k, to the millisecond.
 */
final class MergedHdrLog
{
    private static final long NS_PER_MS = 1_000_000;

    private MergedHdrLog()
    {
    }

    static void write(final Path file, final List<Recorded> inputs)
    {
        final long startMs = inputs.stream().mapToLong(Recorded::startMs).min().orElseThrow();
        final long lengthMs = Math.max(1, inputs.get(0).intervalMs());
        final TreeMap<Long, Slot> slots = new TreeMap<>();
        for (final Recorded input : inputs)
        {
            for (final Histogram h : input.intervals())
            {
                final long k = Math.round((h.getStartTimeStamp() - startMs) / (double)lengthMs);
                slots.computeIfAbsent(k, i -> new Slot()).add(h);
            }
        }
        try (HdrLog log = new HdrLog(file, startMs, 0))
        {
            for (final Map.Entry<Long, Slot> e : slots.entrySet())
            {
                final long from = e.getKey() * lengthMs * NS_PER_MS;
                final long to = (e.getValue().endMs - startMs) * NS_PER_MS;
                e.getValue().byTag.forEach((tag, h) -> log.write(tag, from, Math.max(to, from), h));
            }
            log.flush();
            if (log.failure().isPresent())
            {
                throw new MergeException("cannot write -log hdrfile=" + file + ": " + log.failure().get());
            }
        }
        catch (final IOException e)
        {
            throw new MergeException("cannot write -log hdrfile=" + file + ": " + e.getMessage());
        }
    }

    /** The histograms of one merged interval, by tag in the order first seen, and where the latest of them ends. */
    private static final class Slot
    {
        private final Map<String, Histogram> byTag = new LinkedHashMap<>();
        private long endMs = Long.MIN_VALUE;

        void add(final Histogram h)
        {
            byTag.computeIfAbsent(h.getTag(), t -> new Histogram(3)).add(h);
            endMs = Math.max(endMs, h.getEndTimeStamp());
        }
    }
}
