package io.jstress.settings;

import java.util.Optional;

/** One columnspec entry of a profile: the column's name and any of its size, population and cluster distributions. */
public record ColumnSpec(String name, Optional<DistributionSpec> size, Optional<DistributionSpec> population,
    Optional<DistributionSpec> cluster)
{
}
