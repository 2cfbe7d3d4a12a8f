package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.node.ClientTls;
import io.jstress.node.EmbeddedCluster;
import io.jstress.node.ThrowawayCa;
import io.jstress.settings.StoreType;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Against one real node that accepts only TLS and requires a client certificate: the harness's transport line,
 * PEM stores, hostname verification, and every way a TLS connect can fail, each as one line that names its cause.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class MutualTlsTest
{
    /** The password of the stores the failure cases use: it must never be printed. */
    private static final String SECRET = "s3cret-store-pw";
    private static final String HOST = "127.0.0.1";
    @RegisterExtension
    static final TlsNode NODE = new TlsNode(ClientTls.MUTUAL);

    @BeforeAll
    static void writeSecretStores() throws IOException
    {
        final ThrowawayCa ca = NODE.ca();
        ca.writeTruststore(NODE.store("secret-trust.p12"), StoreType.PKCS12, SECRET);
        ca.writeKeystore(EmbeddedCluster.CLIENT_ALIAS, NODE.store("secret-key.jks"), StoreType.JKS, SECRET);
        ThrowawayCa.create(NODE.store("stranger"), "stranger")
            .writeTruststore(NODE.store("stranger.p12"), StoreType.PKCS12, SECRET);
    }

    @Test
    void theHarnessTransportLineConnectsWithItsPkcs12KeystoreAndChecksTheIpSan()
    {
        // scylla-cluster-tests' words exactly: a PKCS12 keystore with no store-type=, hostname verification on
        final Jstress run = NODE.run(HOST, "write n=300 no-warmup -rate threads=4", "truststore="
            + NODE.store("truststore.jks") + " truststore-password=cassandra hostname-verification=true keystore="
            + NODE.store("keystore.p12") + " keystore-password=cassandra");

        assertEquals(0, run.exitCode, run::toString);
        assertEquals("Total partitions          :        300 [WRITE: 300]", run.resultsLine("Total partitions"));
        assertEquals("Total errors              :          0 [WRITE: 0]", run.resultsLine("Total errors"));
    }

    @Test
    void storePasswordsNeverPrintInTheDumpOrTheJsonSummary() throws IOException
    {
        final Path json = NODE.store("summary.json");
        final Jstress run = NODE.run(HOST, "write n=50 no-warmup -rate threads=2 -log json=" + json,
            "truststore=" + NODE.store("secret-trust.p12") + " truststore-password=" + SECRET + " keystore="
                + NODE.store("secret-key.jks") + " keystore-password=" + SECRET);

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("truststore-password=*suppressed*; keystore=" + NODE.store("secret-key.jks")
            + "; keystore-password=*suppressed*;"), run::toString);
        final String summary = Files.readString(json);
        assertTrue(summary.contains("truststore-password=*suppressed*"), summary);
        assertFalse(run.out.contains(SECRET) || run.err.contains(SECRET) || summary.contains(SECRET), summary);
    }

    @Test
    void aPemCaAndOnePemFileWithTheChainAndItsKeyServeAsStores()
    {
        final Jstress run = NODE.run(HOST, "write n=300 no-warmup -rate threads=4",
            "truststore=" + NODE.store("ca.pem") + " keystore=" + NODE.store("client.pem")
                + " hostname-verification=true");

        assertEquals(0, run.exitCode, run::toString);
        assertEquals("Total partitions          :        300 [WRITE: 300]", run.resultsLine("Total partitions"));
    }

    @Test
    void hostnameVerificationFailsCleanlyWhenTheCertificateDoesNotNameTheAddressDialled() throws IOException
    {
        // the node's certificate names only IP 127.0.0.1; dialled as "localhost", the same node fails the check
        assertEquals(HOST, InetAddress.getByName("localhost").getHostAddress(), "this test dials 127.0.0.1 by name");
        final String stores = "truststore=" + NODE.store("ca.pem") + " keystore=" + NODE.store("client.pem");

        final Jstress verified = NODE.run("localhost", "write n=10 no-warmup -rate threads=1",
            stores + " hostname-verification=true");
        final Jstress unverified = NODE.run("localhost", "write n=10 no-warmup -rate threads=1", stores);

        assertEquals(1, verified.exitCode, verified::toString);
        assertEquals(1, verified.err.lines().count(), verified::toString);
        assertTrue(verified.err.contains("its certificate does not name localhost"), verified::toString);
        assertEquals(0, unverified.exitCode, unverified::toString);
    }

    static Stream<Arguments> failures()
    {
        return Stream.of(
            Arguments.of("no client certificate", "truststore=ca.pem",
                "the node requires a client certificate; give keystore="),
            Arguments.of("untrusted node", "truststore=stranger.p12 truststore-password=SECRET keystore=client.pem",
                "its certificate is not signed by a CA in truststore="),
            Arguments.of("wrong truststore password",
                "truststore=secret-trust.p12 truststore-password=wrong-1 keystore=client.pem",
                "secret-trust.p12: wrong truststore-password="),
            Arguments.of("wrong keystore password",
                "truststore=ca.pem keystore=secret-key.jks keystore-password=wrong-2",
                "secret-key.jks: wrong keystore-password="),
            Arguments.of("missing store", "truststore=secret-trust.p12 truststore-password=SECRET keystore=gone.p12 "
                + "keystore-password=SECRET", "gone.p12: no such file"),
            Arguments.of("plain text to a TLS port", "", "the node accepts only TLS connections"),
            Arguments.of("protocol the JVM lacks", "truststore=ca.pem keystore=client.pem ssl-protocol=TLSv9",
                "invalid 'ssl-protocol=TLSv9'"),
            Arguments.of("cipher the JVM lacks",
                "truststore=ca.pem keystore=client.pem ssl-ciphers=TLS_RSA_WITH_NOTHING",
                "it does not offer TLS_RSA_WITH_NOTHING"),
            // an RSA key exchange cannot use the node's EC certificate
            Arguments.of("cipher the node refuses",
                "truststore=ca.pem keystore=client.pem ssl-ciphers=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                "the node accepts none of the TLS protocols and cipher suites offered"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void eachTlsFailureIsOneLineNamingItsCauseWithoutTheSecret(final String failure, final String transport,
        final String cause)
    {
        final Jstress run = NODE.run(HOST, "write n=10 no-warmup -rate threads=1",
            transport.replace("SECRET", SECRET).replaceAll("(store=)(\\S+)", "$1" + NODE.store("") + "/$2"));

        assertEquals(1, run.exitCode, run::toString);
        assertEquals(1, run.err.lines().count(), run::toString);
        assertTrue(run.err.startsWith("jstress: ") && run.err.contains(cause), run::toString);
        assertFalse(run.err.contains("Exception") || run.err.contains("\tat "), run::toString);
        assertFalse(run.out.contains(SECRET) || run.err.contains(SECRET), run::toString);
    }
}
