package io.jstress.cli;

import io.jstress.settings.Distribution;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * cassandra-stress distributions: FIXED(v), UNIFORM(a..b), GAUSSIAN(a..b[,stdvrng]) or GAUSSIAN(a..b,mean,stdev)
 * (aliases gauss, normal, norm), EXP(a..b), EXTREME(a..b,shape) (alias extr), SEQ(a..b). Names are
 * case-insensitive and bounds take k/m/b suffixes.
 */
final class Distributions
{
    static final String FORMS = "FIXED(v), UNIFORM(min..max), GAUSSIAN(min..max[,stdvrng]), "
        + "GAUSSIAN(min..max,mean,stdev), EXP(min..max), EXTREME(min..max,shape) or SEQ(min..max)";
    private static final Pattern FULL = Pattern.compile("([a-z]+)\\((.+)\\)");
    private static final double DEFAULT_STDVRNG = 3d;

    private Distributions()
    {
    }

    static Distribution parse(final String spec, final String word)
    {
        final Matcher m = FULL.matcher(spec.toLowerCase(Locale.ROOT));
        if (!m.matches())
        {
            throw Numbers.expected(word, "a distribution: " + FORMS);
        }
        final List<String> params = Arrays.asList(m.group(2).split(",", -1));
        return switch (m.group(1))
        {
            case "fixed" -> fixed(params, word);
            case "uniform" -> uniform(params, word);
            case "gaussian", "gauss", "normal", "norm" -> gaussian(params, word);
            case "exp" -> exp(params, word);
            case "extreme", "extr" -> extreme(params, word);
            case "seq" -> seq(params, word);
            default -> throw Numbers.expected(word, "a distribution name: " + FORMS);
        };
    }

    private static Distribution fixed(final List<String> params, final String word)
    {
        arity(params, 1, word, "FIXED(v)");
        return new Distribution.Fixed(Numbers.count(params.get(0), word));
    }

    private static Distribution uniform(final List<String> params, final String word)
    {
        arity(params, 1, word, "UNIFORM(min..max)");
        final long[] b = bounds(params.get(0), word);
        return new Distribution.Uniform(b[0], b[1]);
    }

    private static Distribution exp(final List<String> params, final String word)
    {
        arity(params, 1, word, "EXP(min..max)");
        final long[] b = bounds(params.get(0), word);
        return new Distribution.Exp(b[0], b[1]);
    }

    private static Distribution seq(final List<String> params, final String word)
    {
        arity(params, 1, word, "SEQ(min..max)");
        final long[] b = bounds(params.get(0), word);
        return new Distribution.Seq(b[0], b[1]);
    }

    private static Distribution extreme(final List<String> params, final String word)
    {
        arity(params, 2, word, "EXTREME(min..max,shape)");
        final long[] b = bounds(params.get(0), word);
        return new Distribution.Extreme(b[0], b[1], Numbers.decimal(params.get(1), word));
    }

    private static Distribution gaussian(final List<String> params, final String word)
    {
        if (params.size() > 3)
        {
            throw Numbers.expected(word, "GAUSSIAN(min..max), GAUSSIAN(min..max,stdvrng) or GAUSSIAN(min..max,mean,stdev)");
        }
        final long[] b = bounds(params.get(0), word);
        if (params.size() == 3)
        {
            return new Distribution.Gaussian(b[0], b[1], Numbers.decimal(params.get(1), word),
                Numbers.decimal(params.get(2), word));
        }
        final double stdvrng = params.size() == 2 ? Numbers.decimal(params.get(1), word) : DEFAULT_STDVRNG;
        if (stdvrng <= 0)
        {
            throw Numbers.expected(word, "a positive stdvrng in GAUSSIAN(min..max,stdvrng)");
        }
        return gaussian(b[0], b[1], stdvrng);
    }

    /** GAUSSIAN(min..max,stdvrng): mean in the middle, stdev = (mean - min) / stdvrng. */
    static Distribution.Gaussian gaussian(final long min, final long max, final double stdvrng)
    {
        final double mean = (min + max) / 2d;
        return new Distribution.Gaussian(min, max, mean, (mean - min) / stdvrng);
    }

    /** min..max with k/m/b suffixes and min &lt;= max. */
    static long[] bounds(final String range, final String word)
    {
        final String[] parts = range.split("\\.\\.+", -1);
        if (parts.length != 2)
        {
            throw Numbers.expected(word, "a range min..max");
        }
        final long min = Numbers.count(parts[0], word);
        final long max = Numbers.count(parts[1], word);
        if (min > max)
        {
            throw Numbers.expected(word, "min <= max in min..max");
        }
        return new long[] {min, max};
    }

    private static void arity(final List<String> params, final int n, final String word, final String form)
    {
        if (params.size() != n)
        {
            throw Numbers.expected(word, form);
        }
    }
}
