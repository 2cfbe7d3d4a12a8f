package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.node.ClientTls;
import io.jstress.testing.SharedNode;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Against one real node that accepts only TLS but asks for no client certificate: a truststore alone is enough,
 * in any of the three formats, and the workloads report exactly what they report over plain text (the shared node).
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
@ExtendWith(SharedNode.class)
class ServerTlsTest
{
    private static final String HOST = "127.0.0.1";
    private static final String KEYSPACE = "jstress_tls_results";
    @RegisterExtension
    static final TlsNode NODE = new TlsNode(ClientTls.SERVER_ONLY);

    @ParameterizedTest
    @ValueSource(strings = {"truststore.jks truststore-password=cassandra",
        "truststore.p12 truststore-password=cassandra", "ca.pem"})
    void aTruststoreAloneConnectsWhateverItsFormat(final String truststore)
    {
        final Jstress run = NODE.run(HOST, "write n=200 no-warmup -rate threads=4",
            "truststore=" + NODE.store(truststore) + " hostname-verification=true");

        assertEquals(0, run.exitCode, run::toString);
        assertEquals("Total partitions          :        200 [WRITE: 200]", run.resultsLine("Total partitions"));
    }

    @Test
    void storeTypeIsHonouredRatherThanGuessed()
    {
        final Jstress asPem = NODE.run(HOST, "write n=10 no-warmup -rate threads=1",
            "truststore=" + NODE.store("truststore.jks") + " truststore-password=cassandra store-type=PEM");
        final Jstress asJks = NODE.run(HOST, "write n=10 no-warmup -rate threads=1",
            "truststore=" + NODE.store("truststore.jks") + " truststore-password=cassandra store-type=jks");

        assertEquals(1, asPem.exitCode, asPem::toString);
        assertTrue(asPem.err.contains("truststore.jks: the PEM file holds no 'BEGIN CERTIFICATE' block"),
            asPem::toString);
        assertEquals(0, asJks.exitCode, asJks::toString);
    }

    @Test
    void writeReadAndMixedReportTheSameResultsOverTlsAsOverPlainText()
    {
        final String ca = "truststore=" + NODE.store("ca.pem");
        final int plainPort = SharedNode.cluster().contactPoints().get(0).getPort();
        final String plainHost = SharedNode.cluster().contactPoints().get(0).getHostString();
        for (final String command : List.of("write n=1000", "read n=1000", "mixed ratio(write=1,read=2) n=1000"))
        {
            final String line = command + " no-warmup -pop seq=1..1000 -rate threads=8 -schema keyspace=" + KEYSPACE;
            final Jstress tls = NODE.run(HOST, line, ca);
            final Jstress plain = TlsNode.runOn(plainHost, plainPort, line, "");

            assertEquals(0, tls.exitCode, tls::toString);
            assertEquals(0, plain.exitCode, plain::toString);
            for (final String label : List.of("Total partitions", "Total errors"))
            {
                assertEquals(plain.resultsLine(label), tls.resultsLine(label), command);
            }
        }
    }

    @Test
    void aTlsClientAgainstAPlainTextPortIsOneLine()
    {
        final int plainPort = SharedNode.cluster().contactPoints().get(0).getPort();
        final Jstress run = TlsNode.runOn(SharedNode.cluster().contactPoints().get(0).getHostString(), plainPort,
            "write n=10 no-warmup -rate threads=1", "truststore=" + NODE.store("ca.pem"));

        assertEquals(1, run.exitCode, run::toString);
        assertEquals(1, run.err.lines().count(), run::toString);
        assertTrue(run.err.contains("the node does not speak TLS on this port"), run::toString);
    }
}
