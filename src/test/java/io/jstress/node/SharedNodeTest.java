package io.jstress.node;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared test node is a real Cassandra 5.0 with password authentication on. */
@ExtendWith(SharedNode.class)
class SharedNodeTest
{
    @Test
    void answersCqlAsCassandra5ThroughAnAuthenticatedSession()
    {
        try (CqlSession session = SharedNode.cluster().session())
        {
            final String version = session.execute("SELECT release_version FROM system.local").one().getString(0);
            assertTrue(version.startsWith("5.0."), version);
        }
    }

    @Test
    void aWrongPasswordIsRefused()
    {
        final AllNodesFailedException e = assertThrows(AllNodesFailedException.class, () ->
            CqlSession.builder().addContactPoints(SharedNode.cluster().contactPoints())
                .withLocalDatacenter(EmbeddedCluster.DATACENTER).withAuthCredentials("cassandra", "wrong").build()
                .close());
        assertInstanceOf(AuthenticationException.class, e.getAllErrors().values().iterator().next().get(0));
    }
}
