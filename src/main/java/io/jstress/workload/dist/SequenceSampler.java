package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;

/**
 * SEQ(min..max): min, min + 1, ... wrapping; seeding sets the position to the seed itself, as cassandra-stress's
 * DistributionSequence does, so a seeded sequence column may start anywhere (even below min).
 */
final class SequenceSampler extends Sampler
{
    private final long start;
    private final long count;
    private long next;

    SequenceSampler(final long start, final long end, final InverseCdf quantiles)
    {
        super(quantiles);
        this.start = start;
        this.count = 1 + end - start;
    }

    @Override
    public long next()
    {
        return start + (next++ % count);
    }

    @Override
    public double nextDouble()
    {
        return next();
    }


    @Override
    public void setSeed(final long seed)
    {
        next = seed;
    }
}
