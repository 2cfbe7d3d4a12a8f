package io.jstress.cli;

import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.RatioSpec;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Distributions as profiles and the user command write them: the -pop forms, plus a leading ~ (inverted),
 * QEXTREME(min..max,shape,quantas), the alias weibull for EXTREME, and for ratios a /divisor suffix.
 */
final class ProfileDistributions
{
    static final String FORMS = Distributions.FORMS + ", QEXTREME(min..max,shape,quantas); a leading ~ inverts";
    private static final Pattern QEXTREME = Pattern.compile("q(?:extreme|extr)\\((.+),(.+),(.+)\\)");
    private static final Pattern RATIO = Pattern.compile("(.*)/([0-9]+[kmb]?)");

    private ProfileDistributions()
    {
    }

    /** A distribution; errors throw a UsageException naming the word (the caller adds where it is). */
    static DistributionSpec parse(final String given)
    {
        final String spec = given.strip();
        final boolean inverted = spec.startsWith("~");
        final String body = (inverted ? spec.substring(1) : spec).toLowerCase(Locale.ROOT);
        final Matcher q = QEXTREME.matcher(body);
        if (q.matches())
        {
            final Distribution shape = Distributions.parse("extreme(" + q.group(1) + "," + q.group(2) + ")", given);
            final int quantas = Numbers.positiveInt(q.group(3), given);
            return new DistributionSpec(normalised(shape), inverted, shape.min() == shape.max() ? 0 : quantas);
        }
        final Distribution shape = Distributions.parse(body.startsWith("weibull(")
            ? "extreme" + body.substring("weibull".length()) : body, given);
        if (shape instanceof Distribution.Seq && shape.min() == shape.max())
        {
            throw Numbers.expected(given, "SEQ(min..max) with min < max");
        }
        return new DistributionSpec(normalised(shape), inverted, 0);
    }

    /** DIST/divisor, a ratio: each draw divided by the divisor and clamped to [0, 1]. */
    static RatioSpec ratio(final String given)
    {
        final Matcher m = RATIO.matcher(given.strip().toLowerCase(Locale.ROOT));
        if (!m.matches())
        {
            throw Numbers.expected(given, "a ratio DIST/divisor, such as fixed(1)/10 or uniform(1..10)/10");
        }
        final long divisor = Numbers.count(m.group(2), given);
        if (divisor == 0)
        {
            throw Numbers.expected(given, "a divisor above 0");
        }
        return new RatioSpec(parse(m.group(1)), divisor);
    }

    /** cassandra-stress makes any range with min == max a FIXED distribution. */
    private static Distribution normalised(final Distribution shape)
    {
        return shape.min() == shape.max() && !(shape instanceof Distribution.Seq)
            ? new Distribution.Fixed(shape.min()) : shape;
    }
}
