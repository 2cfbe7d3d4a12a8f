package io.jstress.settings;

import java.util.Map;
import java.util.Optional;

/**
 * -schema. replicationOptions holds replication_factor and DC=N pairs in the order given; compaction holds
 * the strategy class and its options.
 */
public record SchemaSettings(
    String keyspace,
    String replicationStrategy,
    Map<String, String> replicationOptions,
    Optional<Compaction> compaction,
    Optional<String> compression)
{
    public static final String DEFAULT_KEYSPACE = "keyspace1";

    public record Compaction(String strategy, Map<String, String> options)
    {
    }
}
