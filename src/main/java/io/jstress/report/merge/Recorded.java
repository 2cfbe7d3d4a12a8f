package io.jstress.report.merge;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One loader's run as read back from its HDR log or its JSON summary.
 *
 * @param command    what must match across inputs: a summary's command line without its index= word, or, for an
 *                   HDR log (which holds no command line), the set of its tags
 * @param intervalMs the report interval
 * @param histograms whole-run histograms by HDR tag (WRITE-st, ...)
 * @param intervals  an HDR log's interval histograms, each with its tag and epoch-ms timestamps; none for a summary
 * @param summary    the JSON summary itself, for its counts; empty for an HDR log
 */
record Recorded(Path file, Kind kind, String command, long startMs, long endMs, long intervalMs,
    Map<String, Histogram> histograms, List<Histogram> intervals, Optional<JsonNode> summary)
{
    enum Kind
    {
        HDR_LOG("HDR log"), JSON_SUMMARY("JSON summary");

        private final String label;

        Kind(final String label)
        {
            this.label = label;
        }

        String label()
        {
            return label;
        }
    }
}
