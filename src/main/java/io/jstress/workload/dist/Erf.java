package io.jstress.workload.dist;

/**
 * The inverse error function, for the quantiles of GAUSSIAN distributions. Only start-up code asks for quantiles
 * (minimum, maximum and average of a distribution), so accuracy matters here and speed does not: the inverse is
 * solved by bisection on an erf accurate to about 1e-15, which puts every quantile within a few ulps of
 * commons-math's closed form.
 */
final class Erf
{
    private static final double TWO_OVER_ROOT_PI = 2 / Math.sqrt(Math.PI);
    private static final double SERIES_LIMIT = 2.5;

    private Erf()
    {
    }

    /** x with erf(x) = y; infinite at y = -1 and 1. */
    static double inverse(final double y)
    {
        if (y <= -1)
        {
            return Double.NEGATIVE_INFINITY;
        }
        if (y >= 1)
        {
            return Double.POSITIVE_INFINITY;
        }
        if (y == 0)
        {
            return 0;
        }
        double lo = y < 0 ? -40 : 0;
        double hi = y < 0 ? 0 : 40;
        for (int i = 0; i < 200; i++)
        {
            final double mid = (lo + hi) / 2;
            if (mid == lo || mid == hi)
            {
                break;
            }
            if (erf(mid) < y)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    static double erf(final double x)
    {
        if (x < 0)
        {
            return -erf(-x);
        }
        return x < SERIES_LIMIT ? series(x) : 1 - erfc(x);
    }

    /** The Maclaurin series: sum of (-1)^n x^(2n+1) / (n! (2n+1)), times 2/sqrt(pi). */
    private static double series(final double x)
    {
        final double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++)
        {
            term *= -x2 / n;
            final double add = term / (2 * n + 1);
            sum += add;
            if (Math.abs(add) < 1e-17 * Math.abs(sum))
            {
                break;
            }
        }
        return TWO_OVER_ROOT_PI * sum;
    }

    /** erfc(x) for x &gt;= 2.5 by its continued fraction (modified Lentz). */
    private static double erfc(final double x)
    {
        final double tiny = 1e-300;
        double f = x;
        double c = x;
        double d = 0;
        for (int n = 1; n < 500; n++)
        {
            final double a = n / 2.0;
            d = x + a * d;
            d = d == 0 ? tiny : 1 / d;
            c = x + a / c;
            if (c == 0)
            {
                c = tiny;
            }
            final double delta = c * d;
            f *= delta;
            if (Math.abs(delta - 1) < 1e-16)
            {
                break;
            }
        }
        return Math.exp(-x * x) / (f * Math.sqrt(Math.PI));
    }
}
