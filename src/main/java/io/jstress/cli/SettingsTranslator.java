package io.jstress.cli;

import io.jstress.settings.CommandSettings;
import io.jstress.settings.StressSettings;

import java.util.List;
import java.util.Optional;

/**
 * Step two of parsing: the words of each group, matched against its table, become the typed settings records.
 * Options that jstress accepts without acting on them each add one warning.
 */
final class SettingsTranslator
{
    private final RawLine line;
    private final Warnings warnings;

    private SettingsTranslator(final RawLine line, final Warnings warnings)
    {
        this.line = line;
        this.warnings = warnings;
    }

    static StressSettings translate(final RawLine line, final CommandGrammar.Described command,
        final Warnings warnings)
    {
        return new SettingsTranslator(line, warnings).translate(command);
    }

    private StressSettings translate(final CommandGrammar.Described described)
    {
        final CommandSettings command = CommandTranslator.translate(described.command(),
            GivenWords.match(CommandGrammar.table(described), line.commandWords(), warnings));
        final StressSettings settings = new StressSettings(
            command,
            RateTranslator.translate(given("-rate"), command),
            ConnectionTranslator.node(words("-node")),
            ConnectionTranslator.port(words("-port")),
            ConnectionTranslator.mode(words("-mode")),
            DataTranslator.columns(words("-col")),
            DataTranslator.population(given("-pop"), command),
            SchemaTranslator.translate(words("-schema")),
            OutputTranslator.log(words("-log")),
            OutputTranslator.errors(words("-errors")),
            OutputTranslator.graph(words("-graph")),
            TransportTranslator.translate(words("-transport")));
        command.user().ifPresent(user -> UserTranslator.checkColumns(user, settings.errors(), warnings));
        // no settings come from these, but their words are still checked and each one given warns once
        for (final String ignoredOnly : List.of("-insert", "-tokenrange", "-sendto"))
        {
            given(ignoredOnly);
        }
        return settings;
    }

    /** The option's words if it was given (warning once if jstress ignores it as a whole). */
    private Optional<GivenWords> given(final String option)
    {
        final OptionTable table = OptionGrammar.table(option);
        final List<String> given = line.options().get(option);
        if (given == null)
        {
            return Optional.empty();
        }
        if (table.ignored())
        {
            warnings.add(option + " is accepted for compatibility and ignored: " + table.ignoredBecause());
        }
        return Optional.of(GivenWords.match(table, given, warnings));
    }

    /** The option's words, or none: its defaults. */
    private GivenWords words(final String option)
    {
        return given(option).orElseGet(() -> GivenWords.match(OptionGrammar.table(option), List.of(), warnings));
    }
}
