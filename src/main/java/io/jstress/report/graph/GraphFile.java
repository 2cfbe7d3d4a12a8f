package io.jstress.report.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The -graph HTML file: one self-contained page (uPlot's script and style inlined from its webjar, no network)
 * whose data sits between "/* stats start *&#47;" and "/* stats end *&#47;" exactly as cassandra-stress writes it,
 * so either tool can append a run to a file the other wrote.
 */
final class GraphFile
{
    /** The block's form in both tools' pages; cassandra-stress finds it with this same pattern. */
    private static final Pattern STATS = Pattern.compile("(?s).*/\\* stats start \\*/\\nstats = (.*);\\n/\\* stats end \\*/.*");
    private static final String EMPTY_BLOCK = "/* stats start */\n\n/* stats end */\n";
    private static final String RESOURCES = "/io/jstress/report/graph/";
    private static final String UPLOT = "/META-INF/resources/webjars/uplot/1.6.30/dist/";
    /** Numbers of runs already in the file are written back exactly as they were read. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    private GraphFile()
    {
    }

    /**
     * The stats object of an existing page ({"title": ..., "stats": [...]}), or empty when the file does not exist.
     *
     * @throws IllegalArgumentException when the file exists but holds no stats block either tool wrote
     */
    static Optional<ObjectNode> read(final Path file) throws IOException
    {
        if (!Files.exists(file))
        {
            return Optional.empty();
        }
        final Matcher m = STATS.matcher(Files.readString(file, StandardCharsets.UTF_8));
        if (!m.matches())
        {
            throw new IllegalArgumentException("it is not a -graph page (no /* stats start */ block)");
        }
        try
        {
            final JsonNode stats = MAPPER.readTree(m.group(1));
            if (!(stats instanceof ObjectNode o) || !(o.get("stats") instanceof ArrayNode))
            {
                throw new IllegalArgumentException("its stats block has no stats array");
            }
            return Optional.of(o);
        }
        catch (final JsonProcessingException e)
        {
            throw new IllegalArgumentException("its stats block is not JSON: " + e.getOriginalMessage());
        }
    }

    /** Writes the page with these stats, into a temporary file renamed into place. */
    static void write(final Path file, final ObjectNode stats) throws IOException
    {
        final String block = "/* stats start */\nstats = " + scriptSafe(MAPPER.writeValueAsString(stats))
            + ";\n/* stats end */\n";
        final String page = template()
            .replace("/*UPLOT_CSS*/", resource(UPLOT + "uPlot.min.css"))
            .replace("/*GRAPH_CSS*/", resource(RESOURCES + "graph.css"))
            .replace("/*UPLOT_JS*/", resource(UPLOT + "uPlot.iife.min.js"))
            .replace("/*GRAPH_JS*/", resource(RESOURCES + "graph.js"))
            .replace(EMPTY_BLOCK, block);
        final Path target = file.toAbsolutePath();
        // named, not Files.createTempFile: the page keeps the usual permissions (createTempFile's are owner-only)
        final Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try
        {
            Files.writeString(temp, page, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally
        {
            Files.deleteIfExists(temp);
        }
    }

    /** '<' only ever occurs inside JSON strings, where \u003c means the same and cannot close the script. */
    private static String scriptSafe(final String json)
    {
        return json.replace("<", "\\u003c");
    }

    private static String template()
    {
        return resource(RESOURCES + "graph.html");
    }

    private static String resource(final String name)
    {
        try (InputStream in = GraphFile.class.getResourceAsStream(name))
        {
            if (in == null)
            {
                throw new IllegalStateException("missing resource " + name + ": the jstress build is incomplete");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }
}
