package io.jstress.report.merge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.report.HistogramCodec;
import io.jstress.report.JsonSummary;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Reads merge inputs, telling an HDR log from a JSON summary by its content: a summary is a JSON object. */
final class Inputs
{
    /** A summary's index= word: the one word in which K loaders' command lines differ. */
    private static final String INDEX_WORD = "\\s*\\bindex\\s*=\\s*\\d+";

    private Inputs()
    {
    }

    /** @throws MergeException naming the file, when it is neither kind or cannot be read */
    static Recorded read(final Path file)
    {
        try
        {
            return startsWithBrace(file) ? summary(file) : hdrLog(file);
        }
        catch (final FileNotFoundException | NoSuchFileException e)
        {
            throw new MergeException(file + ": no such file");
        }
        catch (final IOException e)
        {
            throw new MergeException(file + ": cannot read it: " + e.getMessage());
        }
    }

    private static boolean startsWithBrace(final Path file) throws IOException
    {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8))
        {
            int c;
            do
            {
                c = reader.read();
            }
            while (c != -1 && Character.isWhitespace(c));
            return c == '{';
        }
        catch (final MalformedInputException e)
        {
            return false;
        }
    }

    private static Recorded hdrLog(final Path file) throws IOException
    {
        final HistogramLogReader reader = new HistogramLogReader(file.toFile());
        final List<Histogram> intervals = new ArrayList<>();
        final Map<String, Histogram> whole = new TreeMap<>();
        final Map<Long, Integer> lengths = new HashMap<>();
        long start = Long.MAX_VALUE;
        long end = Long.MIN_VALUE;
        EncodableHistogram next;
        while ((next = reader.nextIntervalHistogram()) != null)
        {
            if (!(next instanceof Histogram h) || h.getTag() == null)
            {
                throw new MergeException(file + ": an interval without a tag or of another histogram type; expected "
                    + "an HDR log written by jstress or cassandra-stress");
            }
            intervals.add(h);
            whole.computeIfAbsent(h.getTag(), t -> new Histogram(3)).add(h);
            lengths.merge(h.getEndTimeStamp() - h.getStartTimeStamp(), 1, Integer::sum);
            start = Math.min(start, h.getStartTimeStamp());
            end = Math.max(end, h.getEndTimeStamp());
        }
        if (intervals.isEmpty())
        {
            throw new MergeException(file + ": neither a jstress JSON summary nor an HDR log with interval histograms");
        }
        // the last interval is usually shorter: the length is the one most intervals have
        final long intervalMs = lengths.entrySet().stream().max(Map.Entry.<Long, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        return new Recorded(file, Recorded.Kind.HDR_LOG, "tags " + new TreeSet<>(whole.keySet()), start, end,
            intervalMs, whole, intervals, Optional.empty());
    }

    private static Recorded summary(final Path file) throws IOException
    {
        final JsonNode doc;
        try
        {
            doc = new ObjectMapper().readTree(file.toFile());
        }
        catch (final JsonProcessingException e)
        {
            throw new MergeException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        final String format = doc.path("format").asText();
        if (!format.startsWith(JsonSummary.FORMAT.substring(0, JsonSummary.FORMAT.indexOf('/') + 1)))
        {
            throw new MergeException(file + ": a JSON document, but not a jstress summary (format '" + format + "')");
        }
        if (!doc.path("histograms").isObject())
        {
            throw new MergeException(file + ": this summary holds no histograms (an older jstress wrote it); "
                + "merge the run's HDR log instead");
        }
        final Map<String, Histogram> whole = new TreeMap<>();
        for (final Iterator<Map.Entry<String, JsonNode>> it = doc.get("histograms").fields(); it.hasNext();)
        {
            final Map.Entry<String, JsonNode> e = it.next();
            try
            {
                whole.put(e.getKey(), HistogramCodec.decode(e.getValue().asText()));
            }
            catch (final IllegalArgumentException bad)
            {
                throw new MergeException(file + ": histograms." + e.getKey() + " is not an encoded histogram");
            }
        }
        final long startMs = doc.path("start_ms").asLong();
        final long endMs = startMs + Math.round(doc.path("duration_s").asDouble() * 1000);
        final String command = doc.path("command").asText().replaceAll(INDEX_WORD, "");
        return new Recorded(file, Recorded.Kind.JSON_SUMMARY, command, startMs, endMs,
            doc.path("settings").path("log").path("interval").asLong(), whole, List.of(), Optional.of(doc));
    }
}
