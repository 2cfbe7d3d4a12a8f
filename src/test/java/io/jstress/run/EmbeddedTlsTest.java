package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The README's one command that tries TLS: -node embedded with -transport words starts a TLS node for the run. */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class EmbeddedTlsTest
{
    @Test
    void oneCommandRunsOverMutualTlsWithThrowawayStores()
    {
        final Jstress run = Jstress.runExactly(List.of("write", "n=500", "no-warmup", "-rate", "threads=4", "-node",
            "embedded", "-transport", "truststore=throwaway", "keystore=throwaway", "hostname-verification=true"));

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.lines().anyMatch(l -> l.matches("Embedded Cassandra 5\\.0\\.\\d+: 1 node at "
            + "127\\.0\\.0\\.1:\\d+ over mutual TLS \\(throwaway CA and client certificate; the -transport store "
            + "files are not read\\), ready in [\\d.]+ s")), run::toString);
        assertEquals("Total partitions          :        500 [WRITE: 500]", run.resultsLine("Total partitions"));
    }
}
