package io.jstress.cli;

import static io.jstress.cli.OptionTable.form;

import io.jstress.settings.Distribution;
import io.jstress.workload.InverseCdf;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * print dist=DIST: the distribution's quantiles as cassandra-stress 3.19.0 prints them, to the character. Takes
 * every form -pop and -col take, plus QEXTREME(min..max,shape,quantas) and ~DIST (the mirror image), which
 * cassandra-stress also accepts here.
 */
final class PrintCommand
{
    static final SubOption DIST = SubOption.dist("dist=", "A mathematical distribution");
    static final OptionTable TABLE = OptionTable.of(CommandNames.PRINT, "Inspect the output of a distribution definition",
        form(List.of(DIST)));
    private static final double[] SAMPLES = {0.1d, 0.2d, 0.3d, 0.4d, 0.5d, 0.6d, 0.7d, 0.8d, 0.9d, 0.95d, 0.99d, 1d};
    private static final Pattern QUANTIZED = Pattern.compile("(?i)(?:qextreme|qextr)\\((.+)\\)");

    private PrintCommand()
    {
    }

    static String run(final RawLine line)
    {
        if (!line.options().isEmpty())
        {
            throw new UsageException("print takes only dist=DIST, not " + line.options().keySet().iterator().next());
        }
        final GivenWords words = GivenWords.match(TABLE, line.commandWords(), new Warnings());
        final String spec = words.value(DIST).orElseThrow(() ->
            new UsageException("print: expected dist=DIST, e.g. print dist=GAUSSIAN(1..100)"));
        return table(inverseCdf(spec, words.word(DIST)));
    }

    /** Sample share, the value at that cumulative probability, and that value as a share of the maximum. */
    static String table(final InverseCdf cdf)
    {
        final StringBuilder out = new StringBuilder("% of samples    Range       % of total\n");
        final double rangeMax = cdf.at(1d) / 100d;
        for (final double d : SAMPLES)
        {
            final long max = cdf.at(d);
            out.append(String.format(Locale.ROOT, "%-16.1f%-12d%12.1f", d * 100, max, max / rangeMax)).append('\n');
        }
        return out.toString();
    }

    private static InverseCdf inverseCdf(final String spec, final String word)
    {
        final boolean mirrored = spec.startsWith("~");
        final String body = mirrored ? spec.substring(1) : spec;
        final Matcher quantized = QUANTIZED.matcher(body);
        final InverseCdf cdf = quantized.matches() ? quantized(quantized.group(1), word) : plain(body, word);
        return mirrored ? InverseCdf.inverted(cdf) : cdf;
    }

    private static InverseCdf plain(final String body, final String word)
    {
        final Distribution d = Distributions.parse(body, word);
        if (d instanceof Distribution.Seq && d.min() == d.max())
        {
            throw Numbers.expected(word, "SEQ(min..max) with min < max");
        }
        return InverseCdf.of(d);
    }

    private static InverseCdf quantized(final String params, final String word)
    {
        final String[] p = params.split(",", -1);
        if (p.length != 3)
        {
            throw Numbers.expected(word, "QEXTREME(min..max,shape,quantas)");
        }
        final long[] bounds = Distributions.bounds(p[0], word);
        if (bounds[0] == bounds[1])
        {
            return x -> bounds[0];
        }
        return InverseCdf.quantized(InverseCdf.weibull(bounds[0], bounds[1], Numbers.decimal(p[1], word)),
            Numbers.positiveInt(p[2], word));
    }
}
