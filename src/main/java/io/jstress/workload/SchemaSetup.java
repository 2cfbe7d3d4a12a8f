package io.jstress.workload;

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

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

/**
 * Runs schema statements while other loaders may run the same ones at the same moment. On a single node Cassandra
 * 5.0 serialises concurrent CREATE ... IF NOT EXISTS. On a ring it does not: a statement that was a no-op on one
 * coordinator returns at once, and the next one, sent to a node the new schema has not reached yet, fails with
 * "Keyspace ... doesn't exist" or, when preparing, "table ... does not exist"; DDL also times out while the nodes
 * exchange schema. Even schema agreement is not proof, since a node learns its peers' versions by gossip, late.
 * So every statement ends by waiting for agreement, "already exists" is success, a statement that failed for one
 * of those reasons is tried again, and a new table is then read once through every node, until no coordinator and
 * no replica answers that it does not know it.
 */
public final class SchemaSetup
{
    private static final long LIMIT_NS = TimeUnit.MINUTES.toNanos(2);
    private static final long POLL_NS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final Pattern NOT_THERE_YET = Pattern.compile("(?i)doesn't exist|does not exist|unconfigured table");

    private final CqlSession session;
    private final long deadlineNs = System.nanoTime() + LIMIT_NS;

    /** Every statement run through one SchemaSetup shares one limit of two minutes. */
    public SchemaSetup(final CqlSession session)
    {
        this.session = session;
    }

    public void execute(final String cql)
    {
        execute(SimpleStatement.newInstance(cql));
    }

    /** Runs a CREATE, ALTER or TRUNCATE and returns once every node has the resulting schema. */
    public void execute(final SimpleStatement statement)
    {
        while (true)
        {
            try
            {
                session.execute(statement);
                awaitAgreement();
                return;
            }
            catch (final AlreadyExistsException e)
            {
                awaitAgreement();
                return;
            }
            catch (final InvalidQueryException e)
            {
                final String message = String.valueOf(e.getMessage());
                if (message.toLowerCase(Locale.ROOT).contains("already exist"))
                {
                    awaitAgreement();
                    return;
                }
                if (!NOT_THERE_YET.matcher(message).find() || System.nanoTime() >= deadlineNs)
                {
                    throw e;
                }
            }
            catch (final DriverTimeoutException | ReadTimeoutException | ReadFailureException e)
            {
                // a timeout while the nodes exchange schema, or a replica that does not have the table yet
                if (System.nanoTime() >= deadlineNs)
                {
                    throw e;
                }
            }
            LockSupport.parkNanos(POLL_NS);
            awaitAgreement();
        }
    }

    /** Reads the table once through every node that is up, so that none of them still lacks it. */
    public void probe(final String qualifiedTable)
    {
        final String probe = "SELECT * FROM " + qualifiedTable + " LIMIT 1";
        for (final Node node : session.getMetadata().getNodes().values())
        {
            if (node.getState() == NodeState.UP)
            {
                execute(SimpleStatement.newInstance(probe).setNode(node)
                    .setConsistencyLevel(DefaultConsistencyLevel.ONE));
            }
        }
    }

    /** Until every node reports the same schema version: then what was created is everywhere. */
    private void awaitAgreement()
    {
        while (!session.checkSchemaAgreement())
        {
            if (System.nanoTime() >= deadlineNs)
            {
                throw new IllegalStateException("the nodes did not agree on one schema version within "
                    + TimeUnit.NANOSECONDS.toSeconds(LIMIT_NS) + " s of creating it");
            }
            LockSupport.parkNanos(POLL_NS);
        }
    }
}
