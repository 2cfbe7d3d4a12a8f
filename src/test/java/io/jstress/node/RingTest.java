package io.jstress.node;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real three-node ring on 127.0.0.2-4: replication, quorum, and a node that dies. */
class RingTest
{
    @Test
    void quorumWritesSurviveTheDeathOfOneNodeOfThree() throws IOException
    {
        try (EmbeddedCluster ring = EmbeddedCluster.start(3, false))
        {
            System.out.printf("3-node ring started in %.1f s%n", ring.startupTime().toMillis() / 1000.0);
            assertEquals("127.0.0.2", ring.contactPoints().get(0).getHostString());
            try (CqlSession session = ring.session())
            {
                assertEquals(3, upNodes(session));
                session.execute("CREATE KEYSPACE ring WITH replication = {'class': 'SimpleStrategy', "
                    + "'replication_factor': 3}");
                session.execute("CREATE TABLE ring.t (k blob PRIMARY KEY, v blob)");
                final PreparedStatement insert = session.prepare("INSERT INTO ring.t (k, v) VALUES (?, ?)");
                write(session, insert, 1, ConsistencyLevel.QUORUM);

                ring.kill(2);
                awaitDown(session, Duration.ofSeconds(60));

                write(session, insert, 2, ConsistencyLevel.QUORUM);
                write(session, insert, 3, ConsistencyLevel.ONE);
            }
        }
    }

    /** Fails the test by throwing (Unavailable, WriteTimeout) unless enough replicas acknowledge. */
    private static void write(final CqlSession session, final PreparedStatement insert, final int key,
        final ConsistencyLevel cl)
    {
        assertTrue(session.execute(insert.bind(ByteBuffer.wrap(new byte[]{(byte)key}), ByteBuffer.wrap(new byte[]{1}))
            .setConsistencyLevel(cl)).wasApplied());
    }

    private static long upNodes(final CqlSession session)
    {
        return session.getMetadata().getNodes().values().stream().filter(n -> n.getState() == NodeState.UP).count();
    }

    /** The driver notices a dead node when its connections drop; wait for that rather than guess. */
    private static void awaitDown(final CqlSession session, final Duration limit)
    {
        final long until = System.nanoTime() + limit.toNanos();
        while (upNodes(session) > 2 && System.nanoTime() < until)
        {
            LockSupport.parkNanos(100_000_000L);
        }
        assertTrue(upNodes(session) <= 2, "the driver saw the killed node go down");
    }
}
