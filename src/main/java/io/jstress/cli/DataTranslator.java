package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.COL_COUNT;
import static io.jstress.cli.OptionGrammar.COL_NAMES;
import static io.jstress.cli.OptionGrammar.COL_SIZE;
import static io.jstress.cli.OptionGrammar.COL_TIMESTAMP;
import static io.jstress.cli.OptionGrammar.POP_CONTENTS;
import static io.jstress.cli.OptionGrammar.POP_DIST;
import static io.jstress.cli.OptionGrammar.POP_LOOKBACK;
import static io.jstress.cli.OptionGrammar.POP_NO_WRAP;
import static io.jstress.cli.OptionGrammar.POP_SEQ;

import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Command;
import io.jstress.settings.CommandSettings;
import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.PopulationSettings;
import io.jstress.settings.Stop;
import io.jstress.settings.UserSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;

/** -pop and -col: which partitions are visited and what each one holds. */
final class DataTranslator
{
    static final long DEFAULT_POPULATION = 1_000_000L;
    static final Distribution DEFAULT_COLUMN_COUNT = new Distribution.Fixed(5);
    static final Distribution DEFAULT_COLUMN_SIZE = new Distribution.Fixed(34);
    static final int MAX_COLUMNS = 10_000;
    /** A cell is one byte array, and a billion bytes is already four times what a native-protocol frame holds. */
    static final long MAX_CELL_BYTES = 1_000_000_000L;

    private DataTranslator()
    {
    }

    /**
     * With no seq= (cassandra-stress picks its dist= form then), keys follow dist=, by default GAUSSIAN(1..N); a
     * write or counter_write without -pop visits seq=1..N. N is n= or, without n=, 1,000,000.
     */
    static PopulationSettings population(final Optional<GivenWords> given, final CommandSettings command)
    {
        final long n = command.stop() instanceof Stop.Count count ? count.operations() : DEFAULT_POPULATION;
        final boolean writes = command.type() == Command.WRITE || command.type() == Command.COUNTER_WRITE
            || command.user().map(UserSettings::insertOnly).orElse(false);
        if (given.isEmpty())
        {
            return new PopulationSettings(writes ? new Distribution.Seq(1, n) : Distributions.gaussian(1, n, 3d),
                Optional.empty(), writes, Optional.empty());
        }
        final GivenWords words = given.get();
        words.atMostOne(POP_SEQ, POP_DIST, "give either seq= or dist=, not both");
        words.atMostOne(POP_DIST, POP_NO_WRAP, "no-wrap only applies to seq=");
        words.atMostOne(POP_DIST, POP_LOOKBACK, "read-lookback= only applies to seq=");
        for (final SubOption predefinedOnly : new SubOption[] {POP_NO_WRAP, POP_LOOKBACK})
        {
            if (words.has(predefinedOnly) && command.user().isPresent())
            {
                // a profile's ops share one sequence that wraps and that reads and writes both take keys from
                throw new UsageException("-pop " + words.word(predefinedOnly) + ": user profiles' sequences always "
                    + "wrap, and their reads take keys from them as writes do; " + words.word(predefinedOnly)
                    + " applies to write, read, mixed and the counter commands");
            }
        }
        final Distribution keys;
        if (words.has(POP_SEQ))
        {
            final long[] b = Distributions.bounds(words.value(POP_SEQ).orElseThrow(), words.word(POP_SEQ));
            keys = new Distribution.Seq(b[0], b[1]);
        }
        else
        {
            keys = words.value(POP_DIST).map(v -> Distributions.parse(v, words.word(POP_DIST)))
                .orElseGet(() -> Distributions.gaussian(1, n, 3d));
        }
        return new PopulationSettings(keys, words.value(POP_CONTENTS).map(v -> contents(v, words.word(POP_CONTENTS))),
            keys instanceof Distribution.Seq && !words.has(POP_NO_WRAP), lookback(words, keys));
    }

    /** read-lookback=: at least 0, and (as cassandra-stress checks) no further back than the sequence's end. */
    private static Optional<DistributionSpec> lookback(final GivenWords words, final Distribution keys)
    {
        return words.value(POP_LOOKBACK).map(v ->
        {
            final DistributionSpec spec;
            try
            {
                spec = ProfileDistributions.parse(v);
            }
            catch (final UsageException e)
            {
                throw Numbers.expected(words.word(POP_LOOKBACK), "a distribution: " + ProfileDistributions.FORMS);
            }
            if (spec.min() < 0 || spec.max() > keys.max())
            {
                throw Numbers.expected(words.word(POP_LOOKBACK), "a look-back from 0 to " + keys.max()
                    + ", the end of seq=");
            }
            return spec;
        });
    }

    private static String contents(final String value, final String word)
    {
        final String upper = value.toUpperCase(Locale.ROOT);
        if (!upper.equals("SORTED") && !upper.equals("SHUFFLED"))
        {
            throw Numbers.expected(word, "SORTED or SHUFFLED");
        }
        return upper;
    }

    /** names= fixes the column count to the number of names; n= may then only repeat that count. */
    static ColumnSettings columns(final GivenWords words)
    {
        final Distribution size = words.value(COL_SIZE).map(v -> Distributions.parse(v, words.word(COL_SIZE)))
            .orElse(DEFAULT_COLUMN_SIZE);
        final Distribution count = words.value(COL_COUNT).map(v -> Distributions.parse(v, words.word(COL_COUNT)))
            .orElse(DEFAULT_COLUMN_COUNT);
        if (size.max() > MAX_CELL_BYTES)
        {
            throw Numbers.expected(words.word(COL_SIZE), "cells of at most " + MAX_CELL_BYTES + " bytes (1b)");
        }
        if (count.min() < 1 || count.max() > MAX_COLUMNS)
        {
            throw Numbers.expected(words.word(COL_COUNT), "from 1 to " + MAX_COLUMNS + " columns");
        }
        if (!words.has(COL_NAMES))
        {
            return new ColumnSettings(count, size,
                IntStream.range(0, (int) count.max()).mapToObj(i -> "C" + i).toList(), timestamp(words));
        }
        final List<String> names = Arrays.asList(words.value(COL_NAMES).orElseThrow().split(",", -1));
        if (names.stream().anyMatch(String::isEmpty) || names.stream().distinct().count() != names.size())
        {
            throw Numbers.expected(words.word(COL_NAMES), "distinct, non-empty column names separated by ','");
        }
        final Distribution fixed = new Distribution.Fixed(names.size());
        if (words.has(COL_COUNT) && !count.equals(fixed))
        {
            throw Numbers.expected(words.word(COL_COUNT), "FIXED(" + names.size() + ") to match the "
                + names.size() + " names of " + words.word(COL_NAMES));
        }
        return new ColumnSettings(fixed, size, List.copyOf(names), timestamp(words));
    }

    private static OptionalLong timestamp(final GivenWords words)
    {
        return words.value(COL_TIMESTAMP).map(v -> OptionalLong.of(Numbers.count(v, words.word(COL_TIMESTAMP))))
            .orElse(OptionalLong.empty());
    }
}
