package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.jstress.settings.Consistency;
import io.jstress.settings.TableShape;
import io.jstress.settings.UserProfile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One profile's statements prepared on one session: its insert, every query (cassandra-stress prepares them all
 * as soon as any runs, so one that cannot be prepared stops the run before it starts) with their bind plans, and
 * every token range query.
 */
final class ProfilePlan
{
    final UserProfile profile;
    final TableShape table;
    final PreparedOp insert;
    final Map<String, PreparedOp> queries = new LinkedHashMap<>();
    final Map<String, PreparedStatement> tokenRangeQueries = new LinkedHashMap<>();

    ProfilePlan(final CqlSession session, final UserProfile profile, final TableShape table,
        final Consistency consistency, final Consistency serial)
    {
        this.profile = profile;
        this.table = table;
        UserSchema.useKeyspace(session, profile.keyspace());
        final PreparedStatement statement = session.prepare(InsertCql.of(profile.keyspace(), table));
        insert = new PreparedOp(statement, BindPlan.of(statement, table, profile.specName() + ".insert"),
            level(profile.insert().consistency(), consistency), level(profile.insert().serialConsistency(), serial));
        for (final UserProfile.QuerySpec query : profile.queries().values())
        {
            final PreparedStatement prepared = prepare(session, query);
            queries.put(query.name(), new PreparedOp(prepared, BindPlan.of(prepared, table, query.name()),
                level(query.consistency(), consistency), level(query.serialConsistency(), serial)));
        }
        for (final UserProfile.TokenRangeSpec query : profile.tokenRangeQueries().values())
        {
            tokenRangeQueries.put(query.name(), session.prepare(tokenRangeCql(profile.keyspace(), table, query)));
        }
    }

    /**
     * cassandra-stress's token range query: the partition key's token first (pages are counted by it), then the
     * columns asked for ('*': every column by name), over one range of tokens.
     */
    static String tokenRangeCql(final String keyspace, final TableShape table, final UserProfile.TokenRangeSpec query)
    {
        final String token = "token(" + String.join(", ", table.partitionKey().stream()
            .map(c -> InsertCql.quote(c.name())).toList()) + ")";
        final String columns = query.columns().strip().equals("*")
            ? String.join(", ", table.columns().stream().map(c -> InsertCql.quote(c.name())).toList())
            : query.columns();
        return "SELECT " + token + ", " + columns + " FROM " + InsertCql.quote(keyspace) + "."
            + InsertCql.quote(table.name()) + " WHERE " + token + " > ? AND " + token + " <= ?";
    }

    private static PreparedStatement prepare(final CqlSession session, final UserProfile.QuerySpec query)
    {
        try
        {
            return session.prepare(query.cql());
        }
        catch (final RuntimeException e)
        {
            throw new IllegalArgumentException("query " + query.name() + " cannot be prepared: "
                + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }

    private static ConsistencyLevel level(final Optional<Consistency> own, final Consistency fallback)
    {
        return DefaultConsistencyLevel.valueOf(own.orElse(fallback).name());
    }
}
