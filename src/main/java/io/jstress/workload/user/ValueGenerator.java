package io.jstress.workload.user;

import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.workload.dist.Sampler;

/**
 * Generates one column's values as cassandra-stress's generator of that type does: seeded with a row or parent
 * seed, each value comes from the identity (population) distribution seeded with seed ^ salt, and a clustering
 * column's count of values per parent from its cluster distribution seeded with seed ^ ~salt. Not thread-safe.
 */
abstract class ValueGenerator
{
    static final DistributionSpec DEFAULT_IDENTITY = DistributionSpec.of(new Distribution.Uniform(1,
        100_000_000_000L));
    static final DistributionSpec DEFAULT_SIZE = DistributionSpec.of(new Distribution.Uniform(4, 8));
    static final DistributionSpec DEFAULT_CLUSTER = DistributionSpec.of(new Distribution.Fixed(1));

    final long salt;
    final Sampler identity;
    final Sampler size;
    final Sampler cluster;

    ValueGenerator(final GeneratorConfig config, final DistributionSpec defaultIdentity)
    {
        this.salt = config.salt();
        this.identity = config.identity(defaultIdentity);
        this.size = config.size(DEFAULT_SIZE);
        this.cluster = config.cluster(DEFAULT_CLUSTER);
    }

    void setSeed(final long seed)
    {
        identity.setSeed(seed ^ salt);
        cluster.setSeed(seed ^ ~salt);
    }

    abstract void generate(Cell out);

    /** The longest value this generator writes, in bytes. */
    abstract int maxLength();

    /** How many distinct values a clustering column takes under one parent (before duplicates are dropped). */
    int clusterCount()
    {
        return (int)cluster.next();
    }

    Sampler clusterSampler()
    {
        return cluster;
    }
}
