package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.INSERT_BATCH_TYPE;
import static io.jstress.cli.OptionGrammar.INSERT_CONSISTENCY;
import static io.jstress.cli.OptionGrammar.INSERT_PARTITIONS;
import static io.jstress.cli.OptionGrammar.INSERT_ROW_POPULATION;
import static io.jstress.cli.OptionGrammar.INSERT_SELECT;
import static io.jstress.cli.OptionGrammar.INSERT_SERIAL_CONSISTENCY;
import static io.jstress.cli.OptionGrammar.TOKENRANGE_SPLIT;
import static io.jstress.cli.OptionGrammar.TOKENRANGE_WRAP;

import io.jstress.settings.Consistency;
import io.jstress.settings.InsertSettings;
import io.jstress.settings.TokenRangeSettings;
import io.jstress.settings.UserProfile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The user command's options: -insert's overrides of the profiles' insert sections (in the profiles' own value
 * syntax), and -tokenrange's walk of their token range queries.
 */
final class UserOptionTranslator
{
    private UserOptionTranslator()
    {
    }

    static InsertSettings insert(final GivenWords words)
    {
        return new InsertSettings(
            words.value(INSERT_PARTITIONS).map(v -> parsed(words.word(INSERT_PARTITIONS),
                () -> ProfileDistributions.parse(v))),
            words.value(INSERT_SELECT).map(v -> parsed(words.word(INSERT_SELECT), () -> ProfileDistributions.ratio(v))),
            words.value(INSERT_ROW_POPULATION).map(v -> parsed(words.word(INSERT_ROW_POPULATION),
                () -> ProfileDistributions.ratio(v))).orElse(InsertSettings.ALL_COLUMNS),
            words.value(INSERT_BATCH_TYPE).map(v -> Arrays.stream(UserProfile.BatchType.values())
                .filter(b -> b.name().equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> expected(words.word(INSERT_BATCH_TYPE), "LOGGED, UNLOGGED or COUNTER"))),
            level(words, INSERT_CONSISTENCY, Arrays.asList(Consistency.values())),
            level(words, INSERT_SERIAL_CONSISTENCY, List.of(Consistency.SERIAL, Consistency.LOCAL_SERIAL)));
    }

    static TokenRangeSettings tokenRange(final GivenWords words)
    {
        final int split = words.value(TOKENRANGE_SPLIT).map(v -> Numbers.positiveInt(v, words.word(TOKENRANGE_SPLIT)))
            .orElse(1);
        return new TokenRangeSettings(words.has(TOKENRANGE_WRAP), split);
    }

    private static Optional<Consistency> level(final GivenWords words, final SubOption sub,
        final List<Consistency> allowed)
    {
        return words.value(sub).map(v -> allowed.stream().filter(c -> c.name().equalsIgnoreCase(v)).findFirst()
            .orElseThrow(() -> expected(words.word(sub), "one of " + allowed)));
    }

    private static UsageException expected(final String word, final String what)
    {
        return new UsageException("-insert " + word + ": expected " + what);
    }

    /** A value parsed with the profiles' syntax; its error names the whole -insert word. */
    private static <T> T parsed(final String word, final java.util.function.Supplier<T> parse)
    {
        try
        {
            return parse.get();
        }
        catch (final UsageException e)
        {
            throw new UsageException("-insert " + word + ": " + e.getMessage());
        }
    }
}
