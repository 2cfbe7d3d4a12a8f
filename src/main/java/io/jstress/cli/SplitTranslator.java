package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.SPLIT_INDEX;
import static io.jstress.cli.OptionGrammar.SPLIT_OF;
import static io.jstress.cli.OptionGrammar.SPLIT_START_AT;

import io.jstress.settings.CommandSettings;
import io.jstress.settings.Distribution;
import io.jstress.settings.Pace;
import io.jstress.settings.PopulationSettings;
import io.jstress.settings.RateSettings;
import io.jstress.settings.SplitSettings;
import io.jstress.settings.Stop;
import io.jstress.settings.Truncate;
import io.jstress.workload.PopulationSlices;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * -split of=K [index=I] [start-at=EPOCH_S]: which share of the command this loader runs, and when it starts. The
 * command, rate and population are translated as if there were one loader, then cut: loader I takes its share of
 * n= and of the rate (the K shares sum to the whole) and a disjoint slice of the population, so that K loaders
 * together do what the command alone would.
 */
final class SplitTranslator
{
    /** Kubernetes sets it in each pod of an Indexed Job, so a manifest needs no templating. */
    static final String INDEX_VARIABLE = "JOB_COMPLETION_INDEX";
    private static final Duration LATEST_START = Duration.ofDays(1);
    private static final Pattern EPOCH_SECONDS = Pattern.compile("(\\d{1,12})(?:\\.(\\d{1,3}))?");

    /** This loader's share of the command, its rate and its population. */
    record Share(CommandSettings command, RateSettings rate, PopulationSettings population)
    {
    }

    private SplitTranslator()
    {
    }

    static SplitSettings translate(final Optional<GivenWords> given, final Map<String, String> env)
    {
        if (given.isEmpty())
        {
            return SplitSettings.NONE;
        }
        final GivenWords words = given.get();
        final int of = words.value(SPLIT_OF).map(v -> Numbers.positiveInt(v, words.word(SPLIT_OF))).orElse(1);
        return new SplitSettings(index(words, of, env), of,
            words.value(SPLIT_START_AT).map(v -> startAt(v, words.word(SPLIT_START_AT))));
    }

    private static int index(final GivenWords words, final int of, final Map<String, String> env)
    {
        if (words.has(SPLIT_INDEX))
        {
            if (!words.has(SPLIT_OF))
            {
                throw Numbers.expected(words.word(SPLIT_INDEX), "of=K beside it, the number of loaders");
            }
            return index(words.value(SPLIT_INDEX).orElseThrow(), words.word(SPLIT_INDEX), of);
        }
        if (of == 1)
        {
            return 0;
        }
        final String variable = env.get(INDEX_VARIABLE);
        if (variable == null)
        {
            throw new UsageException("-split of=" + of + ": expected index=I (0 to " + (of - 1)
                + ") or the environment variable " + INDEX_VARIABLE);
        }
        return index(variable.trim(), INDEX_VARIABLE + "=" + variable, of);
    }

    private static int index(final String value, final String word, final int of)
    {
        final String expected = "a loader number from 0 to " + (of - 1) + " (of=" + of + ")";
        if (!value.matches("\\d{1,10}"))
        {
            throw Numbers.expected(word, expected);
        }
        final long index = Long.parseLong(value);
        if (index >= of)
        {
            throw Numbers.expected(word, expected);
        }
        return (int)index;
    }

    /** Seconds since the epoch, to the millisecond; at most a day ahead, which catches milliseconds given instead. */
    private static Instant startAt(final String value, final String word)
    {
        final Matcher m = EPOCH_SECONDS.matcher(value);
        final String expected = "seconds since the epoch (up to 3 decimals), at most a day ahead, "
            + "e.g. start-at=$(( $(date +%s) + 60 ))";
        if (!m.matches())
        {
            throw Numbers.expected(word, expected);
        }
        final String fraction = m.group(2) == null ? "" : m.group(2);
        final Instant at = Instant.ofEpochSecond(Long.parseLong(m.group(1)))
            .plusMillis(fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00").substring(0, 3)));
        if (at.isAfter(Instant.now().plus(LATEST_START)))
        {
            throw Numbers.expected(word, expected);
        }
        return at;
    }

    /** The whole command's settings, cut to this loader's share. */
    static Share share(final SplitSettings split, final CommandSettings command, final RateSettings rate,
        final PopulationSettings population)
    {
        if (!split.split())
        {
            return new Share(command, rate, population);
        }
        final String of = "-split of=" + split.of();
        if (command.truncate() != Truncate.NEVER)
        {
            throw new UsageException(of + " with truncate=" + command.truncate().name().toLowerCase(Locale.ROOT)
                + ": each loader would empty the table the others are writing; truncate once before starting them");
        }
        final Distribution keys = population.keys();
        final Optional<Long> n = command.stop() instanceof Stop.Count c
            ? Optional.of(c.operations()) : Optional.empty();
        final boolean sequence = keys instanceof Distribution.Seq;
        final long size = keys.max() - keys.min() + 1;
        // a sequence longer than n= only ever visits its first n keys: those are what the loaders share
        final Distribution span = sequence && n.isPresent() && n.get() < size
            ? new Distribution.Seq(keys.min(), keys.min() + n.get() - 1) : keys;
        final long[] bounds = PopulationSlices.bounds(span, split.of());
        final int i = split.index();
        for (int s = 0; s < split.of(); s++)
        {
            if (bounds[s] >= bounds[s + 1])
            {
                throw new UsageException(of + ": the population " + span.min() + ".." + span.max()
                    + " cannot be cut into " + split.of() + " slices that each hold a key; give a wider -pop");
            }
        }
        final PopulationSettings slice = new PopulationSettings(
            PopulationSlices.slice(span, bounds[i], bounds[i + 1] - 1), population.contents(), population.wrap(),
            population.readLookback());
        final CommandSettings mine = n.isEmpty() ? command : new CommandSettings(command.type(),
            new Stop.Count(ops(n.get(), sequence, bounds, i, of)), command.consistency(), command.noWarmup(),
            command.truncate(), command.ratio(), command.predefined(), command.user());
        return new Share(mine, rate(rate, i, split.of(), of), slice);
    }

    /**
     * This loader's ops: an equal share, or, over a sequence, the share of n= that falls on its keys, so that a
     * sequence of n keys or fewer is visited exactly as one loader would visit it.
     */
    private static long ops(final long n, final boolean sequence, final long[] bounds, final int i, final String of)
    {
        final int k = bounds.length - 1;
        final long ops;
        if (sequence)
        {
            final long size = bounds[k] - bounds[0];
            ops = PopulationSlices.share(n, bounds[i + 1] - bounds[0], size)
                - PopulationSlices.share(n, bounds[i] - bounds[0], size);
        }
        else
        {
            ops = PopulationSlices.share(n, i + 1, k) - PopulationSlices.share(n, i, k);
        }
        if (ops == 0)
        {
            throw new UsageException(of + ": n=" + n + " leaves loader " + i
                + " no operations; expected n= of at least " + k);
        }
        return ops;
    }

    private static RateSettings rate(final RateSettings rate, final int i, final int k, final String of)
    {
        if (!rate.pace().scheduled())
        {
            return rate;
        }
        final long whole = rate.pace().opsPerSecond();
        final long mine = PopulationSlices.share(whole, i + 1, k) - PopulationSlices.share(whole, i, k);
        if (mine == 0)
        {
            throw new UsageException(of + ": a rate of " + whole + "/s leaves loader " + i
                + " no operations; expected a rate of at least " + k + "/s");
        }
        return new RateSettings(rate.threads(), rate.processes(), new Pace(rate.pace().kind(), mine), rate.auto(),
            rate.minThreads(), rate.maxThreads(), rate.untilSaturated());
    }
}
