package io.jstress.cli;

import static io.jstress.cli.CommandGrammar.ADD;
import static io.jstress.cli.CommandGrammar.CLUSTERING;
import static io.jstress.cli.CommandGrammar.CONSISTENCY;
import static io.jstress.cli.CommandGrammar.COUNT;
import static io.jstress.cli.CommandGrammar.DURATION;
import static io.jstress.cli.CommandGrammar.ERROR_LIMIT;
import static io.jstress.cli.CommandGrammar.KEY_SIZE;
import static io.jstress.cli.CommandGrammar.MAX_INTERVALS;
import static io.jstress.cli.CommandGrammar.MIN_INTERVALS;
import static io.jstress.cli.CommandGrammar.NO_WARMUP;
import static io.jstress.cli.CommandGrammar.RATIO;
import static io.jstress.cli.CommandGrammar.TRUNCATE;

import io.jstress.settings.Command;
import io.jstress.settings.CommandSettings;
import io.jstress.settings.Consistency;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.OpType;
import io.jstress.settings.PredefinedSettings;
import io.jstress.settings.Stop;
import io.jstress.settings.Truncate;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The command's own words: when to stop, consistency, warmup, truncation and, for mixed, the op ratio. */
final class CommandTranslator
{
    static final Consistency DEFAULT_CONSISTENCY = Consistency.LOCAL_ONE;
    static final double DEFAULT_ERROR_LIMIT = 0.02;
    static final long DEFAULT_MIN_INTERVALS = 30;
    static final long DEFAULT_MAX_INTERVALS = 200;
    static final int DEFAULT_KEY_SIZE = 10;
    static final String DEFAULT_ADD = "fixed(1)";
    static final String DEFAULT_CLUSTERING = "GAUSSIAN(1..10)";

    private CommandTranslator()
    {
    }

    static CommandSettings translate(final Command command, final GivenWords words)
    {
        return new CommandSettings(command, stop(words), consistency(words), words.has(NO_WARMUP), truncate(words),
            ratio(command, words), predefined(words), command == Command.USER
                ? Optional.of(UserTranslator.translate(words)) : Optional.empty());
    }

    /** keysize=, add= and clustering=, each as cassandra-stress's SettingsCommandPreDefined(Mixed) reads it. */
    private static PredefinedSettings predefined(final GivenWords words)
    {
        final int keySize = words.value(KEY_SIZE).map(v -> Numbers.positiveInt(v, words.word(KEY_SIZE)))
            .orElse(DEFAULT_KEY_SIZE);
        final String add = words.value(ADD).orElse(DEFAULT_ADD);
        final String clustering = words.value(CLUSTERING).orElse(DEFAULT_CLUSTERING);
        final DistributionSpec runs = distribution(clustering, words.word(CLUSTERING));
        if (runs.min() < 1)
        {
            // a run of 0 ops never ends: cassandra-stress would spin forever choosing the next op type
            throw Numbers.expected(words.word(CLUSTERING), "a distribution of run lengths of 1 or more");
        }
        return new PredefinedSettings(keySize, distribution(add, words.word(ADD)), runs, add, clustering);
    }

    private static DistributionSpec distribution(final String value, final String word)
    {
        try
        {
            return ProfileDistributions.parse(value);
        }
        catch (final UsageException e)
        {
            throw Numbers.expected(word, "a distribution: " + ProfileDistributions.FORMS);
        }
    }

    private static Stop stop(final GivenWords words)
    {
        words.atMostOne(COUNT, DURATION, "give either n= or duration=, not both");
        for (final SubOption stable : new SubOption[] {ERROR_LIMIT, MIN_INTERVALS, MAX_INTERVALS})
        {
            words.atMostOne(COUNT, stable, "err<, n> and n< only apply when neither n= nor duration= is given");
            words.atMostOne(DURATION, stable, "err<, n> and n< only apply when neither n= nor duration= is given");
        }
        if (words.has(COUNT))
        {
            final long n = Numbers.count(words.value(COUNT).orElseThrow(), words.word(COUNT));
            if (n < 1)
            {
                throw Numbers.expected(words.word(COUNT), "at least 1 operation");
            }
            return new Stop.Count(n);
        }
        if (words.has(DURATION))
        {
            return new Stop.Timed(Numbers.duration(words.value(DURATION).orElseThrow(), words.word(DURATION)));
        }
        return untilStable(words);
    }

    private static Stop untilStable(final GivenWords words)
    {
        final double limit = words.value(ERROR_LIMIT)
            .map(v -> Numbers.decimal(v, words.word(ERROR_LIMIT))).orElse(DEFAULT_ERROR_LIMIT);
        if (limit <= 0 || limit >= 1)
        {
            throw Numbers.expected(words.word(ERROR_LIMIT), "a fraction between 0 and 1, such as 0.02");
        }
        final long min = words.value(MIN_INTERVALS)
            .map(v -> (long) Numbers.positiveInt(v, words.word(MIN_INTERVALS))).orElse(DEFAULT_MIN_INTERVALS);
        final long max = words.value(MAX_INTERVALS)
            .map(v -> (long) Numbers.positiveInt(v, words.word(MAX_INTERVALS))).orElse(DEFAULT_MAX_INTERVALS);
        if (min > max)
        {
            throw new UsageException("invalid n>" + min + " n<" + max + ": expected n> to be at most n<");
        }
        return new Stop.UntilStable(limit, min, max);
    }

    private static Consistency consistency(final GivenWords words)
    {
        return words.value(CONSISTENCY).map(v -> Arrays.stream(Consistency.values())
                .filter(c -> c.name().equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> Numbers.expected(words.word(CONSISTENCY),
                    "a consistency level: " + Arrays.toString(Consistency.values()))))
            .orElse(DEFAULT_CONSISTENCY);
    }

    private static Truncate truncate(final GivenWords words)
    {
        return words.value(TRUNCATE).map(v -> Arrays.stream(Truncate.values())
                .filter(t -> t.name().equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> Numbers.expected(words.word(TRUNCATE), "never, once or always")))
            .orElse(Truncate.NEVER);
    }

    private static Map<OpType, Integer> ratio(final Command command, final GivenWords words)
    {
        final Map<OpType, Integer> ratio = new EnumMap<>(OpType.class);
        switch (command)
        {
            case WRITE -> ratio.put(OpType.WRITE, 1);
            case READ -> ratio.put(OpType.READ, 1);
            case COUNTER_WRITE -> ratio.put(OpType.COUNTER_WRITE, 1);
            case COUNTER_READ -> ratio.put(OpType.COUNTER_READ, 1);
            case MIXED -> ratio.putAll(mixedRatio(words));
            case USER ->
            {
                // named ops: see CommandSettings.user
            }
        }
        return Collections.unmodifiableMap(ratio);
    }

    /** ratio(write=N,read=M) in any order and case; default 1:1. */
    private static Map<OpType, Integer> mixedRatio(final GivenWords words)
    {
        final Map<OpType, Integer> ratio = new EnumMap<>(OpType.class);
        if (!words.has(RATIO))
        {
            ratio.put(OpType.READ, 1);
            ratio.put(OpType.WRITE, 1);
            return ratio;
        }
        final String word = words.word(RATIO);
        for (final String pair : words.value(RATIO).orElseThrow().split(","))
        {
            final String[] kv = pair.split("=", -1);
            final OpType op = kv.length != 2 ? null : switch (kv[0].toLowerCase(Locale.ROOT))
            {
                case "write" -> OpType.WRITE;
                case "read" -> OpType.READ;
                default -> null;
            };
            if (op == null || ratio.put(op, Numbers.nonNegativeInt(kv[1], word)) != null)
            {
                throw Numbers.expected(word, "ratio(write=N,read=M) with each of write and read at most once");
            }
        }
        if (ratio.values().stream().allMatch(w -> w == 0))
        {
            throw Numbers.expected(word, "at least one non-zero weight in ratio(write=N,read=M)");
        }
        return ratio;
    }
}
