package io.jstress.report.graph;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jstress.report.OpStats;
import io.jstress.report.Report;
import io.jstress.settings.GraphSettings;
import org.HdrHistogram.Histogram;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * -graph file= [title=] [revision=] [op=]: each run is appended to the file's stats and drawn beside the runs
 * already there. The file is read before the run, so a file that is no graph page stops the run before it starts
 * rather than lose its results or overwrite the file.
 */
public final class GraphReport
{
    /** cassandra-stress's default revision= */
    public static final String DEFAULT_REVISION = "unknown";
    private static final DateTimeFormatter TITLE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path file;
    private final ObjectNode stats;
    private final String test;
    private final String revision;

    private GraphReport(final Path file, final ObjectNode stats, final String test, final String revision)
    {
        this.file = file;
        this.stats = stats;
        this.test = test;
        this.revision = revision;
    }

    /**
     * @param command the command's name (WRITE, MIXED...), the run's "test" unless op= names it
     * @throws IllegalArgumentException naming the file when it exists but cannot take a run
     */
    public static Optional<GraphReport> open(final GraphSettings settings, final String command)
    {
        if (settings.file().isEmpty())
        {
            return Optional.empty();
        }
        final Path file = settings.file().get();
        final ObjectNode stats;
        try
        {
            stats = GraphFile.read(file).orElseGet(GraphReport::newStats);
        }
        catch (final IOException | IllegalArgumentException e)
        {
            throw new IllegalArgumentException("cannot append to -graph file=" + file + ": " + e.getMessage());
        }
        // a title given now wins; otherwise the file keeps the title it has
        settings.title().ifPresent(t -> stats.put("title", t));
        if (!stats.hasNonNull("title"))
        {
            stats.put("title", "jstress - " + LocalDateTime.now().format(TITLE_DATE));
        }
        return Optional.of(new GraphReport(file, stats, settings.operation().orElse(command),
            settings.revision().orElse(DEFAULT_REVISION)));
    }

    private static ObjectNode newStats()
    {
        final ObjectNode stats = JsonNodeFactory.instance.objectNode();
        stats.putArray("stats");
        return stats;
    }

    /** A recorder for one measured run; give it to the run's Report before the run starts. */
    public GraphRecorder recorder(final Report report)
    {
        final GraphRecorder recorder = new GraphRecorder();
        report.observe(recorder);
        return recorder;
    }

    /**
     * Appends the run to the stats and rewrites the file.
     *
     * @param label what distinguishes this run among several of one invocation (auto mode's thread counts), or
     *              empty
     */
    public void add(final GraphRecorder recorder, final Report report, final long runNs, final String commandLine,
        final Optional<String> label) throws IOException
    {
        final ByteArrayOutputStream results = new ByteArrayOutputStream();
        report.printResults(runNs, new PrintStream(results, true, StandardCharsets.UTF_8));
        final OpStats.Interval total = report.totalSummary();
        final Map<String, Histogram> whole = new LinkedHashMap<>();
        whole.put("st", total.serviceTime());
        whole.put("rt", total.responseTime());
        whole.put("wt", total.waitTime());
        final String name = label.map(l -> revision + " - " + l).orElse(revision);
        ((ArrayNode)stats.get("stats")).add(GraphEntry.of(recorder,
            results.toString(StandardCharsets.UTF_8), whole, test, name, commandLine));
        GraphFile.write(file, stats);
    }

    public Path file()
    {
        return file;
    }
}
