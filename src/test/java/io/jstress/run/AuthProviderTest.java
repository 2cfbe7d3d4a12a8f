package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** -mode auth-provider= names the AuthProvider the driver logs in with; user= and password= reach it. */
@ExtendWith(SharedNode.class)
@Timeout(120)
class AuthProviderTest
{
    @Test
    void theNamedProviderLogsIn()
    {
        final int before = RecordingAuthProvider.LOGINS.get();
        final Jstress run = Jstress.run("write n=10 no-warmup -schema keyspace=jstress_auth -mode native cql3 "
            + "user=cassandra password=cassandra auth-provider=" + RecordingAuthProvider.class.getName());
        assertEquals(0, run.exitCode, run::toString);
        assertTrue(RecordingAuthProvider.LOGINS.get() > before, "the provider was asked for credentials");
        assertTrue(run.out.contains("Auth Provide Class: " + RecordingAuthProvider.class.getName()), run.out);
    }
}
