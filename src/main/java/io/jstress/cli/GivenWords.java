package io.jstress.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words given to one command or option, each matched to its sub-option in the table. A word no sub-option
 * matches, a sub-option given twice or a REJECTED one is a usage error; an IGNORED one becomes a warning.
 */
final class GivenWords
{
    private static final Pattern SECRET_KEY = Pattern.compile("(?i)pass|pwd|secret");
    private final String owner;
    private final Map<SubOption, String> words = new LinkedHashMap<>();
    private final List<String> hosts = new ArrayList<>();

    private GivenWords(final String owner)
    {
        this.owner = owner;
    }

    static GivenWords match(final OptionTable table, final List<String> given, final Warnings warnings)
    {
        final GivenWords result = new GivenWords(table.name());
        for (final String word : given)
        {
            result.accept(table, word, warnings);
        }
        return result;
    }

    private void accept(final OptionTable table, final String word, final Warnings warnings)
    {
        final SubOption sub = subOptionFor(table, word);
        if (sub.effect() == SubOption.Effect.REJECTED)
        {
            throw new UsageException(owner + " " + sub.key() + ": " + sub.description());
        }
        if (sub.effect() == SubOption.Effect.IGNORED)
        {
            warnings.add(owner + " " + sub.key() + " is accepted for compatibility and has no effect ("
                + sub.description() + ")");
        }
        if (sub.kind() == SubOption.Kind.HOSTS)
        {
            hosts.add(word);
        }
        else if (words.putIfAbsent(sub, word) != null)
        {
            throw new UsageException(owner + " " + sub.key() + " is given more than once ('" + shown(words.get(sub))
                + "' and '" + shown(word) + "'); give it once");
        }
    }

    private SubOption subOptionFor(final OptionTable table, final String word)
    {
        final List<SubOption> subs = table.subOptions();
        return subs.stream().filter(s -> s.kind() != SubOption.Kind.HOSTS && s.matches(word)).findFirst()
            .or(() -> subs.stream().filter(s -> s.kind() == SubOption.Kind.HOSTS && s.matches(word)).findFirst())
            .orElseThrow(() -> new UsageException(owner + ": unknown word '" + shown(word) + "'; expected one of: "
                + subs.stream().map(SubOption::display).collect(Collectors.joining(" "))));
    }

    /** A word as it may appear in a message: the value of anything that looks like a password is suppressed. */
    private static String shown(final String word)
    {
        final int equals = word.indexOf('=');
        return equals > 0 && SECRET_KEY.matcher(word.substring(0, equals)).find()
            ? word.substring(0, equals + 1) + "*suppressed*" : word;
    }

    boolean has(final SubOption sub)
    {
        return words.containsKey(sub);
    }

    /** The whole word as given, for messages. */
    String word(final SubOption sub)
    {
        return words.get(sub);
    }

    /** The value part: after n= for n=5, inside the brackets for replication(...), after ':' for embedded:3. */
    Optional<String> value(final SubOption sub)
    {
        final String word = words.get(sub);
        if (word == null)
        {
            return Optional.empty();
        }
        return Optional.of(switch (sub.kind())
        {
            case VALUE, DIST -> word.substring(sub.key().length());
            case GROUP -> word.substring(sub.key().length(), word.length() - 1);
            case COUNTED_FLAG -> word.length() > sub.key().length() ? word.substring(sub.key().length() + 1) : "";
            case FLAG, HOSTS -> "";
        });
    }

    List<String> hosts()
    {
        return List.copyOf(hosts);
    }

    /** Throws unless at most one of these was given: cassandra-stress's forms exclude each other. */
    void atMostOne(final SubOption first, final SubOption second, final String why)
    {
        if (has(first) && has(second))
        {
            throw new UsageException(owner + " " + word(first) + " and " + word(second) + ": " + why);
        }
    }
}
