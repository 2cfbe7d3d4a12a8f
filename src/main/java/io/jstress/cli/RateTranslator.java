package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.RATE_AUTO;
import static io.jstress.cli.OptionGrammar.RATE_FIXED;
import static io.jstress.cli.OptionGrammar.RATE_MAX;
import static io.jstress.cli.OptionGrammar.RATE_MIN;
import static io.jstress.cli.OptionGrammar.RATE_PROCESSES;
import static io.jstress.cli.OptionGrammar.RATE_THREADS;
import static io.jstress.cli.OptionGrammar.RATE_THROTTLE;

import io.jstress.settings.Command;
import io.jstress.settings.CommandSettings;
import io.jstress.settings.Pace;
import io.jstress.settings.RateSettings;
import io.jstress.settings.Stop;

import java.util.Optional;

/**
 * -rate, with cassandra-stress's defaults: without -rate, a write or counter_write with n= runs 200 threads and
 * everything else runs auto mode from 4 to 1000 threads. In auto mode threads is the starting count.
 */
final class RateTranslator
{
    static final int DEFAULT_WRITE_THREADS = 200;
    static final int DEFAULT_MIN_THREADS = 4;
    static final int DEFAULT_MAX_THREADS = 1000;
    static final int DEFAULT_PROCESSES = 1;

    private RateTranslator()
    {
    }

    static RateSettings translate(final Optional<GivenWords> given, final CommandSettings command)
    {
        if (given.isEmpty())
        {
            return defaults(command);
        }
        final GivenWords words = given.get();
        final int processes = words.value(RATE_PROCESSES)
            .map(v -> Numbers.positiveInt(v, words.word(RATE_PROCESSES))).orElse(DEFAULT_PROCESSES);
        for (final SubOption auto : new SubOption[] {RATE_MIN, RATE_MAX, RATE_AUTO})
        {
            words.atMostOne(RATE_THREADS, auto, "threads= is a fixed count; threads>=, threads<= and auto are auto mode");
        }
        words.atMostOne(RATE_THROTTLE, RATE_FIXED, "can't have both fixed and throttle set, choose one.");
        if (words.has(RATE_THREADS))
        {
            final int threads = Numbers.positiveInt(words.value(RATE_THREADS).orElseThrow(), words.word(RATE_THREADS));
            return new RateSettings(threads, processes, pace(words), false, threads, threads, false);
        }
        for (final SubOption rate : new SubOption[] {RATE_THROTTLE, RATE_FIXED})
        {
            if (words.has(rate))
            {
                throw Numbers.expected(words.word(rate), "threads=N alongside it (e.g. -rate threads=50 "
                    + words.word(rate) + ")");
            }
        }
        return auto(words, processes);
    }

    private static RateSettings defaults(final CommandSettings command)
    {
        final boolean writes = command.type() == Command.WRITE || command.type() == Command.COUNTER_WRITE;
        if (writes && command.stop() instanceof Stop.Count)
        {
            return new RateSettings(DEFAULT_WRITE_THREADS, DEFAULT_PROCESSES, Pace.UNLIMITED, false,
                DEFAULT_WRITE_THREADS, DEFAULT_WRITE_THREADS, false);
        }
        return new RateSettings(DEFAULT_MIN_THREADS, DEFAULT_PROCESSES, Pace.UNLIMITED, true, DEFAULT_MIN_THREADS,
            DEFAULT_MAX_THREADS, true);
    }

    private static RateSettings auto(final GivenWords words, final int processes)
    {
        final int min = words.value(RATE_MIN).map(v -> Numbers.positiveInt(v, words.word(RATE_MIN)))
            .orElse(DEFAULT_MIN_THREADS);
        final int max = words.value(RATE_MAX).map(v -> Numbers.positiveInt(v, words.word(RATE_MAX)))
            .orElse(DEFAULT_MAX_THREADS);
        if (min > max)
        {
            throw new UsageException("-rate threads>=" + min + " threads<=" + max
                + ": expected threads>= to be at most threads<=");
        }
        return new RateSettings(min, processes, Pace.UNLIMITED, true, min, max, words.has(RATE_AUTO));
    }

    private static Pace pace(final GivenWords words)
    {
        final SubOption rate = words.has(RATE_FIXED) ? RATE_FIXED : RATE_THROTTLE;
        final long opsPerSecond = words.value(rate).map(v -> Numbers.rate(v, words.word(rate))).orElse(0L);
        if (opsPerSecond == 0)
        {
            return Pace.UNLIMITED;
        }
        return new Pace(rate == RATE_FIXED ? Pace.Kind.FIXED : Pace.Kind.THROTTLE, opsPerSecond);
    }
}
