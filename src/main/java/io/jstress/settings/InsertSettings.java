package io.jstress.settings;

import java.util.Optional;

/**
 * -insert: what the user command's insert takes in place of each profile's insert section, with cassandra-stress
 * 3.19.0's precedence. A word given wins over the profile's key, and the profile's key over the default; the
 * consistency levels then fall back to the command's cl= and serial-cl=. row-population-ratio= always wins (its
 * default, fixed(1)/1, included), so a profile's row-population never takes effect, as in cassandra-stress.
 */
public record InsertSettings(Optional<DistributionSpec> partitions, Optional<RatioSpec> select,
    RatioSpec rowPopulation, Optional<UserProfile.BatchType> batchType, Optional<Consistency> consistency,
    Optional<Consistency> serialConsistency)
{
    /** Every row's every column: cassandra-stress's row-population-ratio default. */
    public static final RatioSpec ALL_COLUMNS = new RatioSpec(DistributionSpec.of(new Distribution.Fixed(1)), 1);

    /** The insert a profile runs with these words. */
    public UserProfile.InsertSpec over(final UserProfile.InsertSpec profile)
    {
        return new UserProfile.InsertSpec(partitions.orElse(profile.partitions()), select.orElse(profile.select()),
            rowPopulation, batchType.orElse(profile.batchType()), consistency.or(profile::consistency),
            serialConsistency.or(profile::serialConsistency));
    }
}
