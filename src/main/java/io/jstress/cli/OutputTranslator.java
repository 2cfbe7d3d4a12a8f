package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.ERR_DELAY_POLICY;
import static io.jstress.cli.OptionGrammar.ERR_FAIL_FAST;
import static io.jstress.cli.OptionGrammar.ERR_IGNORE;
import static io.jstress.cli.OptionGrammar.ERR_MAX_DELAY;
import static io.jstress.cli.OptionGrammar.ERR_MIN_DELAY;
import static io.jstress.cli.OptionGrammar.ERR_RETRIES;
import static io.jstress.cli.OptionGrammar.ERR_SKIP_READ;
import static io.jstress.cli.OptionGrammar.ERR_SKIP_UNSUPPORTED;
import static io.jstress.cli.OptionGrammar.LOG_FILE;
import static io.jstress.cli.OptionGrammar.LOG_HDRFILE;
import static io.jstress.cli.OptionGrammar.LOG_INTERVAL;
import static io.jstress.cli.OptionGrammar.LOG_JSON;
import static io.jstress.cli.OptionGrammar.LOG_LEVEL;
import static io.jstress.cli.OptionGrammar.LOG_NO_SETTINGS;
import static io.jstress.cli.OptionGrammar.LOG_PRINT_STATEMENTS;
import static io.jstress.cli.OptionGrammar.LOG_NO_SUMMARY;

import io.jstress.settings.ErrorSettings;
import io.jstress.settings.GraphSettings;
import io.jstress.settings.LogSettings;
import io.jstress.settings.RetryDelay;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** -log, -errors and -graph: what is reported, where, and how failures are treated. */
final class OutputTranslator
{
    private static final List<String> LEVELS = List.of("minimal", "normal", "verbose");

    private OutputTranslator()
    {
    }

    static LogSettings log(final GivenWords words)
    {
        final Optional<String> level = words.value(LOG_LEVEL).map(v -> v.toLowerCase(Locale.ROOT));
        if (level.isPresent() && !LEVELS.contains(level.get()))
        {
            throw Numbers.expected(words.word(LOG_LEVEL), "minimal, normal or verbose");
        }
        return new LogSettings(
            words.value(LOG_INTERVAL).map(v -> Numbers.interval(v, words.word(LOG_INTERVAL)))
                .orElse(LogSettings.DEFAULT_INTERVAL),
            path(words, LOG_HDRFILE),
            path(words, LOG_FILE),
            path(words, LOG_JSON),
            level,
            words.has(LOG_NO_SUMMARY),
            words.has(LOG_NO_SETTINGS),
            words.has(LOG_PRINT_STATEMENTS));
    }

    static Optional<Path> path(final GivenWords words, final SubOption sub)
    {
        return words.value(sub).map(v ->
        {
            try
            {
                if (v.isEmpty())
                {
                    throw Numbers.expected(words.word(sub), "a file name");
                }
                return Path.of(v);
            }
            catch (final InvalidPathException e)
            {
                throw Numbers.expected(words.word(sub), "a valid file name");
            }
        });
    }

    static ErrorSettings errors(final GivenWords words)
    {
        final int retries = words.value(ERR_RETRIES).map(v -> Numbers.nonNegativeInt(v, words.word(ERR_RETRIES)))
            .orElse(ErrorSettings.DEFAULT_RETRIES);
        if (retries == Integer.MAX_VALUE)
        {
            throw Numbers.expected(words.word(ERR_RETRIES), "a whole number up to " + (Integer.MAX_VALUE - 1));
        }
        return new ErrorSettings(words.has(ERR_IGNORE), retries, words.has(ERR_SKIP_READ),
            words.has(ERR_SKIP_UNSUPPORTED), words.has(ERR_FAIL_FAST), retryDelay(words));
    }

    /** cassandra-stress's checks: min at most max, and an exponential delay must start above 0. */
    private static RetryDelay retryDelay(final GivenWords words)
    {
        final RetryDelay.Policy policy = words.value(ERR_DELAY_POLICY)
            .map(v -> Arrays.stream(RetryDelay.Policy.values()).filter(p -> p.name().equalsIgnoreCase(v)).findFirst()
                .orElseThrow(() -> Numbers.expected(words.word(ERR_DELAY_POLICY), "constant, linear or exponential")))
            .orElse(RetryDelay.Policy.CONSTANT);
        final long min = words.value(ERR_MIN_DELAY).map(v -> delayMs(v, words.word(ERR_MIN_DELAY))).orElse(0L);
        final long max = words.value(ERR_MAX_DELAY).map(v -> delayMs(v, words.word(ERR_MAX_DELAY)))
            .orElse(RetryDelay.DEFAULT_MAX_MS);
        if (min > max)
        {
            throw new UsageException("-errors min-delay-ms=" + min + " max-delay-ms=" + max
                + ": expected min-delay-ms= to be at most max-delay-ms= (default " + RetryDelay.DEFAULT_MAX_MS + ")");
        }
        if (policy == RetryDelay.Policy.EXPONENTIAL && min == 0)
        {
            throw Numbers.expected(words.word(ERR_DELAY_POLICY), "min-delay-ms= above 0 alongside it: "
                + "an exponential delay doubles from there");
        }
        return new RetryDelay(policy, min, max);
    }

    private static long delayMs(final String value, final String word)
    {
        final long n = Numbers.count(value, word);
        if (n > Integer.MAX_VALUE)
        {
            throw Numbers.expected(word, "a number of milliseconds up to " + Integer.MAX_VALUE);
        }
        return n;
    }

    static GraphSettings graph(final GivenWords words)
    {
        return new GraphSettings(path(words, OptionGrammar.GRAPH_FILE), words.value(OptionGrammar.GRAPH_TITLE),
            words.value(OptionGrammar.GRAPH_REVISION), words.value(OptionGrammar.GRAPH_OP));
    }
}
