package io.jstress.cli;

import io.jstress.settings.ColumnSpec;
import io.jstress.settings.TableShape;
import io.jstress.settings.UserProfile;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one cassandra-stress YAML profile into a validated UserProfile. Every fault (a missing file, malformed
 * YAML, an unknown key, a definition that does not match, a columnspec for a column the table lacks, ...) is a
 * UsageException naming the file, line and column, and the word at fault; nothing is sent to a cluster first.
 */
final class ProfileReader
{
    static final List<String> KEYS = List.of("specname", "keyspace", "keyspace_definition", "table",
        "table_definition", "extra_definitions", "columnspec", "insert", "queries", "token_range_queries");
    private static final List<String> COLUMN_KEYS = List.of("name", "size", "population", "cluster");

    private ProfileReader()
    {
    }

    static UserProfile read(final String file)
    {
        final Map<String, ProfileNode> top = root(file).mapping("the profile", KEYS);
        final String keyspace = required(file, top, "keyspace").scalar("keyspace");
        final String table = required(file, top, "table").scalar("table");
        final Optional<String> keyspaceCql = text(top.get("keyspace_definition"), "keyspace_definition");
        keyspaceCql.ifPresent(cql -> checkKeyspace(top.get("keyspace_definition"), cql, keyspace));
        final Optional<String> tableCql = text(top.get("table_definition"), "table_definition");
        final Optional<TableShape> shape = tableCql.map(cql -> tableShape(top.get("table_definition"), cql, table));
        final List<String> extra = new ArrayList<>();
        if (top.containsKey("extra_definitions") && !top.get("extra_definitions").isNull())
        {
            for (final ProfileNode statement : top.get("extra_definitions").sequence("extra_definitions"))
            {
                extra.add(statement.scalar("each extra definition"));
            }
        }
        final String specName = top.containsKey("specname") ? top.get("specname").scalar("specname")
            : keyspace + "." + table;
        return new UserProfile(file, specName, keyspace, keyspaceCql, table, tableCql, shape, List.copyOf(extra),
            columns(top.get("columnspec"), shape),
            ProfileSections.insert(top.get("insert")),
            ProfileSections.queries(required(file, top, "queries"), top.get("token_range_queries")),
            ProfileSections.tokenRangeQueries(top.get("token_range_queries")));
    }

    private static ProfileNode root(final String file)
    {
        final String text;
        try
        {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        }
        catch (final NoSuchFileException e)
        {
            throw new UsageException("profile=" + file + ": no such file");
        }
        catch (final MalformedInputException e)
        {
            throw new UsageException("profile=" + file + ": not a UTF-8 text file");
        }
        catch (final IOException | RuntimeException e)
        {
            throw new UsageException("profile=" + file + ": cannot read it (" + e.getMessage() + ")");
        }
        final LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        final Node root;
        try
        {
            root = new Yaml(options).compose(new java.io.StringReader(text));
        }
        catch (final MarkedYAMLException e)
        {
            final var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new UsageException(file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1)
                + ": invalid YAML: " + e.getProblem());
        }
        catch (final YAMLException e)
        {
            throw new UsageException(file + ": invalid YAML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null)
        {
            throw new UsageException(file + ": the profile is empty; expected at least keyspace, table and queries");
        }
        return new ProfileNode(file, root);
    }

    private static ProfileNode required(final String file, final Map<String, ProfileNode> top, final String key)
    {
        final ProfileNode node = top.get(key);
        if (node == null || node.isNull())
        {
            throw new UsageException(file + ": missing key '" + key + "'; a profile needs keyspace, table and queries");
        }
        return node;
    }

    private static Optional<String> text(final ProfileNode node, final String what)
    {
        if (node == null || node.isNull())
        {
            return Optional.empty();
        }
        final String cql = node.scalar(what).strip();
        return cql.isEmpty() ? Optional.empty() : Optional.of(cql);
    }

    private static void checkKeyspace(final ProfileNode node, final String cql, final String keyspace)
    {
        final String name = parsed(node, "keyspace_definition", () -> CqlSchemaParser.keyspaceName(cql));
        if (!name.equalsIgnoreCase(keyspace))
        {
            throw node.error("keyspace_definition creates keyspace '" + name + "' but keyspace is '" + keyspace + "'");
        }
    }

    private static TableShape tableShape(final ProfileNode node, final String cql, final String table)
    {
        final CqlSchemaParser.ParsedTable parsed = parsed(node, "table_definition", () -> CqlSchemaParser.table(cql));
        if (!parsed.shape().name().equalsIgnoreCase(table))
        {
            throw node.error("table_definition creates table '" + parsed.shape().name() + "' but table is '" + table
                + "'");
        }
        return parsed.shape();
    }

    private static <T> T parsed(final ProfileNode node, final String what, final java.util.function.Supplier<T> parse)
    {
        try
        {
            return parse.get();
        }
        catch (final CqlTokens.CqlSyntax e)
        {
            throw node.error("cannot read " + what + ": " + e.getMessage() + " at character " + (e.offset + 1)
                + " of the statement");
        }
    }

    private static Map<String, ColumnSpec> columns(final ProfileNode node, final Optional<TableShape> shape)
    {
        final Map<String, ColumnSpec> specs = new LinkedHashMap<>();
        if (node == null || node.isNull())
        {
            return specs;
        }
        for (final ProfileNode entry : node.sequence("columnspec"))
        {
            final Map<String, ProfileNode> keys = entry.mapping("a columnspec entry", COLUMN_KEYS);
            if (!keys.containsKey("name"))
            {
                throw entry.error("columnspec entry without a name; expected name: <column>");
            }
            final ProfileNode nameNode = keys.get("name");
            final String name = column(nameNode, nameNode.scalar("name"), shape);
            if (specs.put(name, new ColumnSpec(name,
                ProfileSections.distribution(keys.get("size"), "size of " + name),
                ProfileSections.distribution(keys.get("population"), "population of " + name),
                ProfileSections.distribution(keys.get("cluster"), "cluster of " + name))) != null)
            {
                throw nameNode.error("columnspec gives column '" + name + "' twice");
            }
        }
        return specs;
    }

    /** The column's exact name: as given, or the one column whose name matches ignoring case. */
    private static String column(final ProfileNode node, final String name, final Optional<TableShape> shape)
    {
        if (shape.isEmpty() || shape.get().column(name).isPresent())
        {
            return name;
        }
        final List<String> matches = shape.get().columns().stream().map(TableShape.Column::name)
            .filter(c -> c.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).toList();
        if (matches.size() == 1)
        {
            return matches.get(0);
        }
        throw node.error("columnspec names column '" + name + "', which table " + shape.get().name()
            + " does not have; its columns are: " + String.join(", ", shape.get().columns().stream()
            .map(TableShape.Column::name).toList()));
    }
}
