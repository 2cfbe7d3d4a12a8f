package io.jstress.cli;

import io.jstress.settings.CommandSettings;
import io.jstress.settings.SplitSettings;
import io.jstress.settings.StressSettings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Step two of parsing: the words of each group, matched against its table, become the typed settings records.
 * Options that jstress accepts without acting on them each add one warning.
 */
final class SettingsTranslator
{
    private final RawLine line;
    private final Warnings warnings;
    private final Map<String, String> env;

    private SettingsTranslator(final RawLine line, final Warnings warnings, final Map<String, String> env)
    {
        this.line = line;
        this.warnings = warnings;
        this.env = env;
    }

    /** @param env the environment, where -split may find this loader's index */
    static StressSettings translate(final RawLine line, final CommandGrammar.Described command,
        final Warnings warnings, final Map<String, String> env)
    {
        return new SettingsTranslator(line, warnings, env).translate(command);
    }

    private StressSettings translate(final CommandGrammar.Described described)
    {
        final CommandSettings command = withUserOptions(CommandTranslator.translate(described.command(),
            GivenWords.match(CommandGrammar.table(described), line.commandWords(), warnings)));
        final SplitSettings split = SplitTranslator.translate(given("-split"), env);
        final SplitTranslator.Share share = SplitTranslator.share(split, command,
            RateTranslator.translate(given("-rate"), command), DataTranslator.population(given("-pop"), command));
        final StressSettings settings = new StressSettings(
            share.command(),
            share.rate(),
            ConnectionTranslator.node(words("-node")),
            ConnectionTranslator.port(words("-port")),
            ConnectionTranslator.mode(words("-mode")),
            DataTranslator.columns(words("-col")),
            share.population(),
            SchemaTranslator.translate(words("-schema")),
            OutputTranslator.log(words("-log")),
            OutputTranslator.errors(words("-errors")),
            OutputTranslator.graph(words("-graph")),
            TransportTranslator.translate(words("-transport")),
            split);
        command.user().ifPresent(user -> UserTranslator.checkColumns(user, settings.errors(), warnings));
        // no settings come from it, but its words are still checked and, given, it warns once
        given("-sendto");
        return settings;
    }

    /**
     * -insert overrides the user profiles' insert sections and -tokenrange walks their token range queries; the
     * other commands run no profile, and cassandra-stress ignores both for them.
     */
    private CommandSettings withUserOptions(final CommandSettings command)
    {
        final Optional<GivenWords> insert = given("-insert");
        final Optional<GivenWords> tokenRange = given("-tokenrange");
        if (command.user().isPresent())
        {
            return command.withUser(command.user().get()
                .withInsert(UserOptionTranslator.insert(insert.orElseGet(() -> words("-insert"))))
                .withTokenRange(UserOptionTranslator.tokenRange(tokenRange.orElseGet(() -> words("-tokenrange")))));
        }
        final String name = command.type().name().toLowerCase(Locale.ROOT);
        insert.ifPresent(words -> warnings.add("-insert is accepted for compatibility and ignored: it overrides a user "
            + "profile's insert section, and cassandra-stress ignores it for " + name + " too"));
        tokenRange.ifPresent(words -> warnings.add("-tokenrange is accepted for compatibility and ignored: it walks a "
            + "user profile's token range queries, and cassandra-stress ignores it for " + name + " too"));
        return command;
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
