package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.servererrors.AlreadyExistsException;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import com.datastax.oss.driver.api.core.servererrors.ReadFailureException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import io.jstress.workload.Schema;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Creates the keyspace and table when missing, while other loaders may be doing the same at the same moment. On a
 * single node Cassandra 5.0 serialises concurrent CREATE ... IF NOT EXISTS. On a ring it does not: a statement that
 * was a no-op on one coordinator returns at once, and the next statement, sent to a node the new schema has not
 * reached yet, fails with "Keyspace ... doesn't exist" or, when preparing, "table ... does not exist"; DDL also
 * times out while the nodes exchange schema. Even schema agreement is not proof, since a node learns its peers'
 * versions by gossip, late. So every step ends by waiting for agreement, a step that failed for one of those reasons
 * is tried again (IF NOT EXISTS makes that safe), and the table is then read once through every node, until no
 * coordinator and no replica answers that it does not know it.
 */
final class SchemaSetup
{
    private static final long LIMIT_NS = TimeUnit.MINUTES.toNanos(2);
    private static final long POLL_NS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final Pattern NOT_THERE_YET = Pattern.compile("(?i)doesn't exist|does not exist|unconfigured table");

    private SchemaSetup()
    {
    }

    /** @param control a signal stops the waiting; the run then ends as interrupted */
    static void create(final CqlSession session, final Schema schema, final boolean counters, final RunControl control)
    {
        final long deadline = System.nanoTime() + LIMIT_NS;
        step(session, schema.createKeyspace(), deadline, control);
        step(session, counters ? schema.createCounterTable() : schema.createStandardTable(), deadline, control);
        final String probe = "SELECT key FROM " + schema.qualified(counters ? Schema.COUNTER : Schema.STANDARD)
            + " LIMIT 1";
        for (final Node node : session.getMetadata().getNodes().values())
        {
            if (node.getState() == NodeState.UP)
            {
                step(session, SimpleStatement.newInstance(probe).setNode(node)
                    .setConsistencyLevel(DefaultConsistencyLevel.ONE), deadline, control);
            }
        }
    }

    private static void step(final CqlSession session, final String cql, final long deadline, final RunControl control)
    {
        step(session, SimpleStatement.newInstance(cql), deadline, control);
    }

    private static void step(final CqlSession session, final SimpleStatement statement, final long deadline,
        final RunControl control)
    {
        while (true)
        {
            try
            {
                session.execute(statement);
                awaitAgreement(session, deadline, control);
                return;
            }
            catch (final AlreadyExistsException e)
            {
                awaitAgreement(session, deadline, control);
                return;
            }
            catch (final InvalidQueryException e)
            {
                if (!NOT_THERE_YET.matcher(String.valueOf(e.getMessage())).find() || giveUp(deadline, control))
                {
                    throw e;
                }
            }
            catch (final DriverTimeoutException | ReadTimeoutException | ReadFailureException e)
            {
                // a timeout while the nodes exchange schema, or a replica that does not have the table yet
                if (giveUp(deadline, control))
                {
                    throw e;
                }
            }
            LockSupport.parkNanos(POLL_NS);
            awaitAgreement(session, deadline, control);
        }
    }

    /** Until every node reports the same schema version: then the keyspace and table are everywhere. */
    private static void awaitAgreement(final CqlSession session, final long deadline, final RunControl control)
    {
        while (!session.checkSchemaAgreement())
        {
            if (giveUp(deadline, control))
            {
                if (control.stopping())
                {
                    return;
                }
                throw new RunFailure("the nodes did not agree on one schema version within "
                    + TimeUnit.NANOSECONDS.toSeconds(LIMIT_NS) + " s of creating it");
            }
            LockSupport.parkNanos(POLL_NS);
        }
    }

    private static boolean giveUp(final long deadline, final RunControl control)
    {
        return control.stopping() || System.nanoTime() >= deadline;
    }
}
