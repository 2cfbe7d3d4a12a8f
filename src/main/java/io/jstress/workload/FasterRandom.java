package io.jstress.workload;

/**
 * cassandra-stress's FasterRandom, which fills every blob cell: an xorshift generator re-seeded from a
 * java.util.Random sequence every 32 draws. Reproduced exactly so the bytes match.
 */
public final class FasterRandom
{
    private static final long SCRAMBLE = 2685821657736338717L;
    private final Lcg random = new Lcg();
    private long seed;
    private int reseed;

    public void setSeed(final long seed)
    {
        this.seed = seed;
        rollover();
    }

    private void rollover()
    {
        reseed = 0;
        random.setSeed(seed);
        seed = random.nextLong();
    }

    public long nextLong()
    {
        if (++reseed == 32)
        {
            rollover();
        }
        long s = seed;
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        seed = s;
        return s * SCRAMBLE;
    }
}
