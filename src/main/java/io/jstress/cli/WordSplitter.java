package io.jstress.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Stack;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Step one of parsing: argv to words, exactly as cassandra-stress groups them. The words are joined with spaces,
 * spaces around , = ( ) are removed, and the result is split on spaces again; then every word starting with '-'
 * opens an option that owns the words up to the next '-' word.
 */
final class WordSplitter
{
    private static final String DUPLICATE = " is defined multiple times. Each option/command can be specified at most once.";

    private WordSplitter()
    {
    }

    /**
     * cassandra-stress's repairParams: so -col 'size=FIXED(1024) n=FIXED(5)' is two words and "a, b" is one. Words
     * inside an open bracket are then rejoined with ',', so the pystress form
     * replication(strategy=X replication_factor=3) reads like cassandra-stress's replication(strategy=X,...). A bracket
     * that is still open at the next '-' word or at the end of the line was never a group: its words stay as they
     * were, so a typo cannot swallow the options after it, and a value that merely holds a '(' (a password, say)
     * means what it means to cassandra-stress. Where a bracket matters (a distribution, a group), the word is then
     * rejected by name.
     */
    static List<String> normalise(final String[] args)
    {
        final String joined = String.join(" ", args)
            .replaceAll("\\s+([,=()])", "$1")
            .replaceAll("([,=(])\\s+", "$1")
            .trim();
        final List<String> words = new ArrayList<>();
        final List<String> group = new ArrayList<>();
        int depth = 0;
        for (final String word : joined.isEmpty() ? new String[0] : joined.split(" +"))
        {
            if (depth > 0 && word.startsWith("-"))
            {
                words.addAll(group);
                group.clear();
                depth = 0;
            }
            if (depth == 0 && depth(word) <= 0)
            {
                words.add(word);
                continue;
            }
            group.add(word);
            depth += depth(word);
            if (depth <= 0)
            {
                words.add(String.join(",", group));
                group.clear();
                depth = 0;
            }
        }
        words.addAll(group);
        return List.copyOf(words);
    }

    /** How many more brackets the word opens than it closes. */
    private static int depth(final String word)
    {
        return (int)(word.chars().filter(c -> c == '(').count() - word.chars().filter(c -> c == ')').count());
    }

    static RawLine split(final List<String> words)
    {
        if (words.isEmpty() || words.get(0).startsWith("-"))
        {
            throw new UsageException("no command given; expected one of: " + CommandNames.all()
                + " (see 'jstress help')");
        }
        final CommandSpec spec = commandSpec();
        try
        {
            new CommandLine(spec)
                .setPosixClusteredShortOptionsAllowed(false)
                .setOptionsCaseInsensitive(true)
                .setAbbreviatedOptionsAllowed(false)
                .setExpandAtFiles(false)
                .parseArgs(words.toArray(String[]::new));
        }
        catch (final UnmatchedArgumentException e)
        {
            throw new UsageException("unknown option '" + e.getUnmatched().get(0) + "'; expected one of: "
                + OptionGrammar.tables().stream().map(OptionTable::name).collect(Collectors.joining(" ")));
        }
        catch (final ParameterException e)
        {
            throw new UsageException(e.getMessage().lines().findFirst().orElse("invalid command line"));
        }
        return rawLine(spec);
    }

    private static CommandSpec commandSpec()
    {
        final CommandSpec spec = CommandSpec.create();
        spec.addPositional(PositionalParamSpec.builder().index("0").type(String.class).required(true).build());
        spec.addPositional(PositionalParamSpec.builder().index("1..*").type(List.class)
            .auxiliaryTypes(String.class).build());
        for (final OptionTable table : OptionGrammar.tables())
        {
            final String[] names = table.name().equals("-sendto") ? new String[] {"-sendto", "-send-to"}
                : new String[] {table.name()};
            spec.addOption(OptionSpec.builder(names).arity("0..*").type(List.class).auxiliaryTypes(String.class)
                .parameterConsumer(new UntilNextDash()).build());
        }
        return spec;
    }

    private static RawLine rawLine(final CommandSpec spec)
    {
        final String command = spec.positionalParameters().get(0).<String>getValue().toLowerCase(Locale.ROOT);
        final List<String> commandWords = spec.positionalParameters().get(1).getValue();
        final Map<String, List<String>> options = new LinkedHashMap<>();
        for (final OptionSpec option : spec.options())
        {
            final List<String> given = option.getValue();
            if (given != null)
            {
                options.put(OptionGrammar.table(option.longestName()).name(), List.copyOf(given));
            }
        }
        return new RawLine(command, commandWords == null ? List.of() : List.copyOf(commandWords), options);
    }

    /** cassandra-stress's rule: every word up to the next '-' word belongs to the option just seen. */
    private static final class UntilNextDash implements IParameterConsumer
    {
        @Override
        public void consumeParameters(final Stack<String> args, final ArgSpec argSpec, final CommandSpec spec)
        {
            if (argSpec.getValue() != null)
            {
                throw new ParameterException(spec.commandLine(), ((OptionSpec) argSpec).longestName() + DUPLICATE);
            }
            final List<String> words = new ArrayList<>();
            while (!args.isEmpty() && !args.peek().startsWith("-"))
            {
                words.add(args.pop());
            }
            argSpec.setValue(words);
        }
    }
}
