package io.jstress.report;

/**
 * cassandra-stress's "stderr" column: the standard error of the mean of the per-interval row rates, relative to
 * that mean. The err&lt; stop condition waits for it to fall below a target.
 */
public final class Uncertainty
{
    private long measurements;
    private double sum;
    private double sumSquares;
    private double value;

    public void update(final double rate)
    {
        measurements++;
        sum += rate;
        sumSquares += rate * rate;
        final double mean = sum / measurements;
        final double stdev = Math.sqrt(sumSquares / measurements - mean * mean);
        value = stdev / Math.sqrt(measurements) / mean;
    }

    public double value()
    {
        return value;
    }

    public long measurements()
    {
        return measurements;
    }
}
