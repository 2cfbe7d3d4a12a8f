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
    Optional<String> compression,
    Optional<Storage> storage)
{
    public static final String DEFAULT_KEYSPACE = "keyspace1";

    public record Compaction(String strategy, Map<String, String> options)
    {
    }

    /** storage(type=LOCAL|S3,endpoint=,bucket=): ScyllaDB's keyspace storage backend, options in the order given. */
    public record Storage(String type, Map<String, String> options)
    {
    }
}
