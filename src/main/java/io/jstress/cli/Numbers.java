package io.jstress.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cassandra-stress's number words: counts with k/m/b suffixes, durations with s/m/h, intervals with ms/s, rates
 * as N/s. Every failure names the whole word and the expected form.
 */
final class Numbers
{
    private static final Pattern COUNT = Pattern.compile("(\\d+)([kmb]?)");
    private static final Pattern DURATION = Pattern.compile("(\\d+)([smh])");
    private static final Pattern INTERVAL = Pattern.compile("(\\d+)(ms|s|)");
    private static final Pattern RATE = Pattern.compile("(\\d+[kmb]?)(/s)?");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
    /** A timed run's deadline is nanoTime + duration, so it must stay far inside 64 bits of nanoseconds. */
    static final Duration MAX_DURATION = Duration.ofHours(87_600);
    /** One op per nanosecond: the schedule's integer arithmetic stays exact up to here. */
    static final long MAX_RATE = 1_000_000_000L;
    /** More digits than any long holds; longer words are rejected before they are parsed. */
    private static final int MAX_DIGITS = 18;

    private Numbers()
    {
    }

    /** A whole number with an optional k, m or b (thousand, million, billion) suffix. */
    static long count(final String value, final String word)
    {
        final Matcher m = COUNT.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches())
        {
            throw expected(word, "a whole number, optionally with a k, m or b suffix (e.g. 100k)");
        }
        final long multiplier = switch (m.group(2))
        {
            case "k" -> 1_000L;
            case "m" -> 1_000_000L;
            case "b" -> 1_000_000_000L;
            default -> 1L;
        };
        try
        {
            return Math.multiplyExact(Long.parseLong(m.group(1)), multiplier);
        }
        catch (final ArithmeticException | NumberFormatException e)
        {
            throw expected(word, "a number that fits in 64 bits");
        }
    }

    static int positiveInt(final String value, final String word)
    {
        final long n = count(value, word);
        if (n < 1 || n > Integer.MAX_VALUE)
        {
            throw expected(word, "a whole number from 1 to " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    static int nonNegativeInt(final String value, final String word)
    {
        final long n = count(value, word);
        if (n > Integer.MAX_VALUE)
        {
            throw expected(word, "a whole number up to " + Integer.MAX_VALUE);
        }
        return (int) n;
    }

    static Duration duration(final String value, final String word)
    {
        final Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
        final String what = "a positive time with an s, m or h suffix (e.g. 30s, 5m, 1h), at most "
            + MAX_DURATION.toHours() + "h";
        if (!m.matches() || m.group(1).length() > MAX_DIGITS)
        {
            throw expected(word, what);
        }
        final long n = Long.parseLong(m.group(1));
        final Duration d = switch (m.group(2))
        {
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(Math.min(n, MAX_DURATION.toMinutes() + 1));
            default -> Duration.ofHours(Math.min(n, MAX_DURATION.toHours() + 1));
        };
        if (d.isZero() || d.compareTo(MAX_DURATION) > 0)
        {
            throw expected(word, what);
        }
        return d;
    }

    /** -log interval=: plain seconds, seconds with s, or milliseconds with ms. */
    static Duration interval(final String value, final String word)
    {
        final Matcher m = INTERVAL.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches() || m.group(1).length() > 9 || Long.parseLong(m.group(1)) == 0)
        {
            throw expected(word, "a positive interval: 10, 10s or 500ms");
        }
        final long n = Long.parseLong(m.group(1));
        return m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofSeconds(n);
    }

    /** Timeouts in milliseconds, up to what the driver's and the JDK's int-millisecond timeouts hold. */
    static long millis(final String value, final String word)
    {
        final long n = count(value, word);
        if (n < 1 || n > Integer.MAX_VALUE)
        {
            throw expected(word, "a number of milliseconds from 1 to " + Integer.MAX_VALUE);
        }
        return n;
    }

    /** throttle= and fixed=: N/s (the /s may be left out); 0/s is cassandra-stress's "no rate". */
    static long rate(final String value, final String word)
    {
        final Matcher m = RATE.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches())
        {
            throw expected(word, "a rate in operations per second, e.g. 1000/s");
        }
        final long rate = count(m.group(1), word);
        if (rate > MAX_RATE)
        {
            throw expected(word, "a rate of at most " + MAX_RATE + "/s");
        }
        return rate;
    }

    /** A plain decimal, always with '.' whatever the locale. */
    static double decimal(final String value, final String word)
    {
        if (!DECIMAL.matcher(value).matches())
        {
            throw expected(word, "a decimal number such as 0.02");
        }
        return Double.parseDouble(value);
    }

    static UsageException expected(final String word, final String what)
    {
        return new UsageException("invalid '" + word + "': expected " + what);
    }
}
