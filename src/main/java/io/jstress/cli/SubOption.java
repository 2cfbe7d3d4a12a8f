package io.jstress.cli;

import java.util.Locale;

/**
 * One word an option group accepts: a flag (no-warmup), a valued word (n=, threads&gt;=, err&lt;), a distribution
 * (size=DIST), a group (replication(...)), a flag with an optional count (embedded:3) or the free host list of -node.
 *
 * @param effect whether jstress acts on it; an IGNORED word is accepted with one warning, a REJECTED one stops the run
 */
public record SubOption(String name, Kind kind, String description, Effect effect)
{
    public enum Kind
    {
        FLAG, COUNTED_FLAG, VALUE, DIST, GROUP, HOSTS
    }

    public enum Effect
    {
        ACTS, IGNORED, REJECTED
    }

    static SubOption flag(final String name, final String description)
    {
        return new SubOption(name, Kind.FLAG, description, Effect.ACTS);
    }

    static SubOption value(final String name, final String description)
    {
        return new SubOption(name, Kind.VALUE, description, Effect.ACTS);
    }

    static SubOption dist(final String name, final String description)
    {
        return new SubOption(name, Kind.DIST, description, Effect.ACTS);
    }

    static SubOption group(final String name, final String description)
    {
        return new SubOption(name, Kind.GROUP, description, Effect.ACTS);
    }

    SubOption ignored()
    {
        return new SubOption(name, kind, description, Effect.IGNORED);
    }

    SubOption rejected()
    {
        return new SubOption(name, kind, description, Effect.REJECTED);
    }

    /** The part of a word that selects this sub-option: "n=" for n=5, "replication(" for replication(...). */
    String key()
    {
        return kind == Kind.GROUP ? name + "(" : name;
    }

    boolean matches(final String word)
    {
        final String lower = word.toLowerCase(Locale.ROOT);
        final String key = key().toLowerCase(Locale.ROOT);
        return switch (kind)
        {
            case FLAG -> lower.equals(key);
            case COUNTED_FLAG -> lower.equals(key) || lower.startsWith(key + ":");
            case VALUE, DIST -> lower.startsWith(key);
            case GROUP -> lower.startsWith(key) && lower.endsWith(")");
            case HOSTS -> !word.contains("=") && !word.contains("(");
        };
    }

    /** How the word prints in a Usage: line, without brackets: n=?, size=DIST(?), replication(?), auto. */
    String display()
    {
        return switch (kind)
        {
            case FLAG, COUNTED_FLAG -> name;
            case VALUE -> name + "?";
            case DIST -> name + "DIST(?)";
            case GROUP -> name + "(?)";
            case HOSTS -> "host,...";
        };
    }
}
