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
 * One profile's statements prepared on one session: its insert and every query (cassandra-stress prepares them
 * all as soon as any runs, so one that cannot be prepared stops the run before it starts), with their bind plans.
 */
final class ProfilePlan
{
    final UserProfile profile;
    final TableShape table;
    final PreparedOp insert;
    final Map<String, PreparedOp> queries = new LinkedHashMap<>();

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
