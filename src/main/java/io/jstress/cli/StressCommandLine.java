package io.jstress.cli;

import io.jstress.settings.StressSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parse entry point: cassandra-stress's command line in, an Invocation out. Every malformed line throws a
 * UsageException whose message is the one line to print.
 */
public final class StressCommandLine
{
    private StressCommandLine()
    {
    }

    public static Invocation parse(final String... args)
    {
        return parse(System.getenv(), args);
    }

    /** @param env the environment: -split reads this loader's index from JOB_COMPLETION_INDEX when not given */
    public static Invocation parse(final Map<String, String> env, final String... args)
    {
        final List<String> words = WordSplitter.normalise(args);
        if (!words.isEmpty() && (words.get(0).equals("--help") || words.get(0).equals("-?")))
        {
            return new Invocation.Help(HelpText.overview());
        }
        final RawLine line = WordSplitter.split(words);
        return switch (line.command())
        {
            case CommandNames.HELP -> new Invocation.Help(help(line));
            case CommandNames.VERSION -> new Invocation.Version();
            case CommandNames.PRINT -> new Invocation.Print(PrintCommand.run(line));
            case CommandNames.MERGE -> MergeTranslator.translate(line);
            default -> workload(line, env);
        };
    }

    /** For callers that only run workloads (tests, the pipeline's own checks). */
    public static StressSettings settings(final String... args)
    {
        if (parse(args) instanceof Invocation.Workload workload)
        {
            return workload.settings();
        }
        throw new UsageException("expected a workload command: " + String.join(" ", args));
    }

    private static Invocation workload(final RawLine line, final Map<String, String> env)
    {
        final CommandGrammar.Described command = CommandGrammar.find(line.command())
            .orElseThrow(() -> new UsageException("unknown command '" + line.command() + "'; expected one of: "
                + CommandNames.all()));
        final Warnings warnings = new Warnings();
        final StressSettings settings = SettingsTranslator.translate(line, command, warnings, env);
        return new Invocation.Workload(settings, warnings.lines());
    }

    /** help, help COMMAND or help -OPTION. */
    private static String help(final RawLine line)
    {
        final Map<String, List<String>> options = line.options();
        if (line.commandWords().isEmpty() && options.isEmpty())
        {
            return HelpText.overview();
        }
        if (line.commandWords().size() == 1 && options.isEmpty())
        {
            final String command = line.commandWords().get(0).toLowerCase(Locale.ROOT);
            if (command.equals(CommandNames.PRINT))
            {
                return HelpText.usage(PrintCommand.TABLE);
            }
            if (command.equals(CommandNames.MERGE))
            {
                return MergeTranslator.help();
            }
            return CommandGrammar.find(command).map(c -> HelpText.usage(CommandGrammar.table(c)))
                .orElseThrow(() -> new UsageException("help: unknown command '" + command + "'; expected one of: "
                    + CommandNames.all() + ", or an option such as -rate"));
        }
        if (line.commandWords().isEmpty() && options.size() == 1 && options.values().iterator().next().isEmpty())
        {
            return HelpText.usage(OptionGrammar.table(options.keySet().iterator().next()));
        }
        throw new UsageException("help: expected one command or one option, e.g. 'help write' or 'help -rate'");
    }
}
