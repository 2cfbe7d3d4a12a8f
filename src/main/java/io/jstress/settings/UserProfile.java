package io.jstress.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One validated user profile (a cassandra-stress YAML file).
 *
 * @param source           the file as given on the command line, for messages
 * @param specName         the profile's name in op names (specname.op); keyspace.table unless the file sets one
 * @param keyspaceCql      the keyspace_definition, if any
 * @param tableCql         the table_definition, if any
 * @param definedTable     the table as table_definition declares it, when given
 * @param extraDefinitions statements run after the table (CREATE TYPE ones before it)
 * @param columns          the columnspec entries by column name
 * @param queries          the queries by lower-case name, in file order
 * @param tokenRangeQueries the token_range_queries by name, in file order
 */
public record UserProfile(
    String source,
    String specName,
    String keyspace,
    Optional<String> keyspaceCql,
    String table,
    Optional<String> tableCql,
    Optional<TableShape> definedTable,
    List<String> extraDefinitions,
    Map<String, ColumnSpec> columns,
    InsertSpec insert,
    Map<String, QuerySpec> queries,
    Map<String, TokenRangeSpec> tokenRangeQueries)
{
    /** This profile with another insert section: the one -insert makes of it. */
    public UserProfile withInsert(final InsertSpec other)
    {
        return new UserProfile(source, specName, keyspace, keyspaceCql, table, tableCql, definedTable,
            extraDefinitions, columns, other, queries, tokenRangeQueries);
    }

    /** The insert section; consistency levels fall back to cl= and serial-cl=. */
    public record InsertSpec(DistributionSpec partitions, RatioSpec select, RatioSpec rowPopulation,
        BatchType batchType, Optional<Consistency> consistency, Optional<Consistency> serialConsistency)
    {
    }

    public enum BatchType
    {
        LOGGED, UNLOGGED, COUNTER
    }

    /** How a query's bind markers get their values: all from one row, or each from a random row of a few. */
    public enum ArgSelect
    {
        SAMEROW, MULTIROW
    }

    public record QuerySpec(String name, String cql, ArgSelect fields, Optional<Consistency> consistency,
        Optional<Consistency> serialConsistency)
    {
    }

    public record TokenRangeSpec(String name, String columns, int pageSize)
    {
    }
}
