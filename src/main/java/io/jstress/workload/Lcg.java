package io.jstress.workload;

/**
 * java.util.Random's generator, bit for bit, without its synchronized setSeed: cassandra-stress seeds a
 * java.util.Random (through commons-math's JDKRandomGenerator) for every key and cell, so matching its data means
 * matching this sequence. Not thread-safe; reseeding allocates nothing.
 */
public final class Lcg
{
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static final double DOUBLE_UNIT = 0x1.0p-53;

    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    public void setSeed(final long seed)
    {
        this.seed = (seed ^ MULTIPLIER) & MASK;
        haveNextNextGaussian = false;
    }

    private int next(final int bits)
    {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int)(seed >>> (48 - bits));
    }

    public double nextDouble()
    {
        return (((long)next(26) << 27) + next(27)) * DOUBLE_UNIT;
    }

    public long nextLong()
    {
        return ((long)next(32) << 32) + next(32);
    }

    /** java.util.Random's polar method, with its cached second value, as commons-math's NormalDistribution draws. */
    public double nextGaussian()
    {
        if (haveNextNextGaussian)
        {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1;
        double v2;
        double s;
        do
        {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        }
        while (s >= 1 || s == 0);
        final double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }

    /** commons-math's UniformRealDistribution(lower, upper + 1) bounded to [lower, upper], as cassandra-stress samples. */
    long uniform(final long lower, final long upper)
    {
        final double u = nextDouble();
        final long r = (long)(u * (upper + 1) + (1 - u) * lower);
        return Math.max(lower, Math.min(upper, r));
    }
}
