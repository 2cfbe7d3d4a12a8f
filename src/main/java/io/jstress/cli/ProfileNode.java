package io.jstress.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One node of a profile's YAML, with its place in the file: every error about it names the file, the line and
 * column, and the word at fault. Mapping keys are matched case-insensitively, as cassandra-stress meant to.
 */
final class ProfileNode
{
    private final String file;
    private final Node node;

    ProfileNode(final String file, final Node node)
    {
        this.file = file;
        this.node = node;
    }

    /** "file:line:column", 1-based. */
    String where()
    {
        return file + ":" + (node.getStartMark().getLine() + 1) + ":" + (node.getStartMark().getColumn() + 1);
    }

    UsageException error(final String message)
    {
        return new UsageException(where() + ": " + message);
    }

    boolean isNull()
    {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** The entries of a mapping by lower-case key, each key one of allowed (given in its documented spelling). */
    Map<String, ProfileNode> mapping(final String what, final List<String> allowed)
    {
        if (!(node instanceof MappingNode mapping))
        {
            throw error("expected " + what + " to be a mapping of keys to values");
        }
        final Set<String> known = new java.util.HashSet<>();
        allowed.forEach(a -> known.add(a.toLowerCase(Locale.ROOT)));
        final Map<String, ProfileNode> entries = new LinkedHashMap<>();
        for (final NodeTuple tuple : mapping.getValue())
        {
            final ProfileNode key = new ProfileNode(file, tuple.getKeyNode());
            final String name = key.scalar("a key in " + what);
            final String lower = name.toLowerCase(Locale.ROOT);
            if (!allowed.isEmpty() && !known.contains(lower))
            {
                throw key.error("unknown key '" + name + "' in " + what + "; expected one of: "
                    + String.join(", ", allowed));
            }
            if (entries.put(lower, new ProfileNode(file, tuple.getValueNode())) != null)
            {
                throw key.error("key '" + name + "' appears twice in " + what);
            }
        }
        return entries;
    }

    /** The entries of a mapping whose keys are names the profile chooses (queries), by lower-case name. */
    Map<String, ProfileNode> namedEntries(final String what)
    {
        return mapping(what, List.of());
    }

    List<ProfileNode> sequence(final String what)
    {
        if (!(node instanceof SequenceNode sequence))
        {
            throw error("expected " + what + " to be a list");
        }
        final List<ProfileNode> items = new ArrayList<>();
        for (final Node item : sequence.getValue())
        {
            items.add(new ProfileNode(file, item));
        }
        return items;
    }

    String scalar(final String what)
    {
        if (!(node instanceof ScalarNode scalar) || isNull())
        {
            throw error("expected " + what + " to be a single value");
        }
        return scalar.getValue();
    }

    /** The key or value as the file writes it, trimmed and with its whole first line only, for messages. */
    String shown()
    {
        if (node instanceof ScalarNode scalar)
        {
            return scalar.getValue().strip().lines().findFirst().orElse("");
        }
        return node.getNodeId().name();
    }
}
