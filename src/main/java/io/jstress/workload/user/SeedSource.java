package io.jstress.workload.user;

import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.workload.dist.Sampler;
import io.jstress.workload.dist.Samplers;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The population seeds partitions are drawn from, one per partition visited, for every op of every profile, as
 * cassandra-stress's SeedManager hands them out: seq=a..b is one sequence shared by all dispatchers (wrapping),
 * any other distribution draws independently in each dispatcher.
 */
public abstract class SeedSource
{
    public abstract long next();

    /** A source for one dispatcher; a sequence is shared through the given counter. */
    public static SeedSource of(final Distribution population, final AtomicLong sequence)
    {
        if (population instanceof Distribution.Seq seq)
        {
            return new Sequence(seq.min(), seq.max() - seq.min() + 1, sequence);
        }
        return new Sampled(Samplers.of(DistributionSpec.of(population)));
    }

    private static final class Sequence extends SeedSource
    {
        private final long start;
        private final long count;
        private final AtomicLong next;

        Sequence(final long start, final long count, final AtomicLong next)
        {
            this.start = start;
            this.count = count;
            this.next = next;
        }

        @Override
        public long next()
        {
            return start + Math.floorMod(next.getAndIncrement(), count);
        }
    }

    private static final class Sampled extends SeedSource
    {
        private final Sampler sampler;

        Sampled(final Sampler sampler)
        {
            this.sampler = sampler;
        }

        @Override
        public long next()
        {
            return sampler.next();
        }
    }
}
