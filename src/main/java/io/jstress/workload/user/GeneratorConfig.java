package io.jstress.workload.user;

import io.jstress.settings.DistributionSpec;
import io.jstress.workload.Murmur3;
import io.jstress.workload.dist.Sampler;
import io.jstress.workload.dist.Samplers;

import java.util.Optional;

/**
 * A column's generator settings: its salt (the first 64 bits of murmur3 over "seed for stress" + name, as
 * cassandra-stress salts every column) and the columnspec's size, population and cluster distributions, each
 * falling back to the generator's default.
 */
record GeneratorConfig(long salt, Optional<DistributionSpec> size, Optional<DistributionSpec> population,
    Optional<DistributionSpec> cluster)
{
    static final String SEED_PREFIX = "seed for stress";

    static GeneratorConfig of(final String name, final Optional<DistributionSpec> size,
        final Optional<DistributionSpec> population, final Optional<DistributionSpec> cluster)
    {
        return new GeneratorConfig(Murmur3.salt(SEED_PREFIX + name), size, population, cluster);
    }

    /** The same distributions under another name's salt, for the parts of a map, tuple or user type. */
    GeneratorConfig renamed(final String name)
    {
        return new GeneratorConfig(Murmur3.salt(SEED_PREFIX + name), size, population, cluster);
    }

    Sampler identity(final DistributionSpec fallback)
    {
        return Samplers.of(population.orElse(fallback));
    }

    Sampler size(final DistributionSpec fallback)
    {
        return Samplers.of(size.orElse(fallback));
    }

    Sampler cluster(final DistributionSpec fallback)
    {
        return Samplers.of(cluster.orElse(fallback));
    }
}
