package io.jstress.report.merge;

import java.util.List;
import java.util.Optional;

/**
 * Whether K inputs line up: the same command, the same report interval, and starts within a few milliseconds. When
 * they do not, merging is still exact for the whole run, but interval k of one input is not interval k of another,
 * and the user must be told.
 */
final class Alignment
{
    /** What a common start (-split start-at=) achieves on one host, with room for clocks that NTP keeps in step. */
    static final long START_TOLERANCE_MS = 10;
    /** HDR logs give timestamps to the millisecond; reading them back may cost one. */
    private static final long LENGTH_TOLERANCE_MS = 2;

    private Alignment()
    {
    }

    /** One line saying how the inputs fail to line up, or nothing when they do. */
    static Optional<String> check(final List<Recorded> inputs)
    {
        final Recorded first = inputs.get(0);
        for (final Recorded other : inputs.subList(1, inputs.size()))
        {
            if (!other.command().equals(first.command()))
            {
                return Optional.of(mismatch(first, other, "come from different commands ('" + first.command()
                    + "' and '" + other.command() + "')"));
            }
            if (Math.abs(other.intervalMs() - first.intervalMs()) > LENGTH_TOLERANCE_MS)
            {
                return Optional.of(mismatch(first, other, "have different intervals (" + first.intervalMs() + " ms and "
                    + other.intervalMs() + " ms)"));
            }
            if (Math.abs(other.startMs() - first.startMs()) > START_TOLERANCE_MS)
            {
                return Optional.of(mismatch(first, other, "started " + Math.abs(other.startMs() - first.startMs())
                    + " ms apart (give every loader the same -split start-at=)"));
            }
        }
        return Optional.empty();
    }

    private static String mismatch(final Recorded a, final Recorded b, final String what)
    {
        return "WARNING: the inputs do not line up: " + a.file() + " and " + b.file() + " " + what
            + "; whole-run figures are exact, intervals are matched to the nearest";
    }
}
