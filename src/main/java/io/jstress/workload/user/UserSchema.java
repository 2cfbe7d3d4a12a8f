package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.jstress.settings.TableShape;
import io.jstress.settings.UserProfile;
import io.jstress.workload.SchemaSetup;

import java.util.Locale;
import java.util.Optional;

/**
 * Creates a profile's schema as cassandra-stress does, tolerating what already exists so that many loaders may
 * start at once on one keyspace: the keyspace_definition, the table_definition (in the profile's keyspace),
 * then extra_definitions, except that CREATE TYPE statements run before the table, which may use them. DDL
 * runs at QUORUM through SchemaSetup, which waits for schema agreement instead of sleeping.
 */
public final class UserSchema
{
    private UserSchema()
    {
    }

    public static void create(final CqlSession session, final UserProfile profile)
    {
        final SchemaSetup setup = new SchemaSetup(session);
        profile.keyspaceCql().ifPresent(cql -> execute(session, setup, cql, null));
        final String keyspace = profile.keyspace();
        for (final String extra : profile.extraDefinitions())
        {
            if (isCreateType(extra))
            {
                execute(session, setup, extra, keyspace);
            }
        }
        profile.tableCql().ifPresent(cql ->
        {
            execute(session, setup, cql, keyspace);
            setup.probe(InsertCql.quote(keyspace) + "." + InsertCql.quote(profile.table()));
        });
        for (final String extra : profile.extraDefinitions())
        {
            if (!isCreateType(extra))
            {
                execute(session, setup, extra, keyspace);
            }
        }
    }

    /** The table as the cluster has it; an existing table is used whatever its schema, as cassandra-stress does. */
    public static TableShape table(final CqlSession session, final UserProfile profile)
    {
        final Optional<TableMetadata> table = session.getMetadata().getKeyspace(keyspaceId(profile))
            .flatMap(k -> k.getTable(CqlIdentifier.fromCql(InsertCql.quote(profile.table()))));
        return table.map(TableShapes::of).orElseThrow(() -> new IllegalStateException(profile.source()
            + ": table " + profile.keyspace() + "." + profile.table() + " does not exist and the profile has no "
            + "table_definition to create it"));
    }

    /** cassandra-stress looks the keyspace up case-insensitively, as an unquoted name. */
    static CqlIdentifier keyspaceId(final UserProfile profile)
    {
        return CqlIdentifier.fromInternal(profile.keyspace().toLowerCase(Locale.ROOT));
    }

    /** USE the keyspace, as cassandra-stress does before its statements (the name unquoted, as it writes it). */
    public static void useKeyspace(final CqlSession session, final String keyspace)
    {
        session.execute("USE " + keyspace);
    }

    private static boolean isCreateType(final String cql)
    {
        return cql.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").startsWith("CREATE TYPE");
    }

    private static void execute(final CqlSession session, final SchemaSetup setup, final String cql,
        final String keyspace)
    {
        if (keyspace != null)
        {
            // the definitions name the table without its keyspace: cassandra-stress runs them after USE
            useKeyspace(session, keyspace);
        }
        // another loader (or an earlier run) may have created it: then it is used as it is
        setup.execute(SimpleStatement.newInstance(cql).setConsistencyLevel(DefaultConsistencyLevel.QUORUM));
    }
}
