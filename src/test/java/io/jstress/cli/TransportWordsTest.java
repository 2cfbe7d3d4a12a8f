package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.settings.Secret;
import io.jstress.settings.StoreType;
import io.jstress.settings.StressSettings;
import io.jstress.settings.TlsSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every -transport word of cassandra-stress is accepted and lands in the TLS settings; TLS is on only with a
 * truststore, and a word this JVM cannot honour stops the run with one line. Nothing here needs a node.
 */
class TransportWordsTest
{
    private static StressSettings parse(final String line)
    {
        return StressCommandLine.settings(Argv.of(line));
    }

    @Test
    void theHarnessTransportLineTurnsOnMutualTlsWithHostnameVerification()
    {
        final TlsSettings tls = parse("write n=1 -transport 'truststore=/etc/scylla/ssl_conf/truststore.jks "
            + "truststore-password=cassandra hostname-verification=true keystore=/etc/scylla/ssl_conf/keystore.p12 "
            + "keystore-password=cassandra'").transport().tls().orElseThrow();

        assertEquals(new TlsSettings(Path.of("/etc/scylla/ssl_conf/truststore.jks"),
            Optional.of(new Secret("cassandra")), Optional.of(Path.of("/etc/scylla/ssl_conf/keystore.p12")),
            Optional.of(new Secret("cassandra")), "TLS", Optional.empty(), Optional.empty(), List.of(), true), tls);
    }

    @Test
    void everyOtherWordIsTakenAsGiven()
    {
        final TlsSettings tls = parse("write n=1 -transport truststore=ca.pem ssl-protocol=TLSv1.2 ssl-alg=SunX509 "
            + "store-type=pkcs12 ssl-ciphers=TLS_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256 "
            + "hostname-verification=FALSE").transport().tls().orElseThrow();

        assertEquals("TLSv1.2", tls.protocol());
        assertEquals(Optional.of("SunX509"), tls.algorithm());
        assertEquals(Optional.of(StoreType.PKCS12), tls.storeType());
        assertEquals(List.of("TLS_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), tls.cipherSuites());
        assertFalse(tls.hostnameVerification());
    }

    @Test
    void withoutAKeystoreNoClientCertificateIsOfferedAndTheDefaultsAreTheJvms()
    {
        final TlsSettings tls = parse("write n=1 -transport truststore=ts.jks truststore-password=x").transport().tls()
            .orElseThrow();

        assertEquals(Optional.empty(), tls.keystore());
        assertEquals(Optional.empty(), tls.keystorePassword());
        assertEquals(List.of(), tls.cipherSuites(), "never cassandra-stress 3.19.0's TLS_RSA_* list");
        assertEquals(Optional.empty(), tls.algorithm());
        assertEquals(Optional.empty(), tls.storeType(), "the format is recognised from each file");
    }

    @Test
    void factoryIsAcceptedWithOneWarningAndPlainTextNeedsNoWord()
    {
        final Console console = Console.run("help", "-transport");
        assertTrue(console.out().contains("factory=? "), console.out());
        assertEquals(Optional.empty(), parse("write n=1 -transport factory=org.x.Factory").transport().tls());
        assertEquals(Optional.empty(), parse("write n=1 -transport hostname-verification=false").transport().tls());
        assertEquals(Optional.empty(), parse("write n=1").transport().tls());
    }

    @Test
    void helpTransportListsEveryWord()
    {
        final String usage = Console.run("help", "-transport").out().lines().filter(l -> l.startsWith("Usage:"))
            .findFirst().orElseThrow();

        assertEquals("Usage: -transport [factory=?] [truststore=?] [truststore-password=?] [keystore=?] "
            + "[keystore-password=?] [ssl-protocol=?] [ssl-alg=?] [store-type=?] [ssl-ciphers=?] "
            + "[hostname-verification=?]", usage);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        -transport keystore=/k.p12 keystore-password=pw12345          | keystore=/k.p12
        -transport truststore-password=pw12345                        | truststore-password=
        -transport hostname-verification=true                         | hostname-verification=true
        -transport ssl-protocol=TLSv1.3                               | ssl-protocol=TLSv1.3
        -transport truststore=/t hostname-verification=yes            | hostname-verification=yes
        -transport truststore=/t store-type=PKCS11                    | store-type=PKCS11
        -transport truststore=/t ssl-protocol=TLSv9                   | ssl-protocol=TLSv9
        -transport truststore=/t ssl-protocol=SSLv3                   | ssl-protocol=SSLv3
        -transport truststore=/t ssl-alg=Frobnitz                     | ssl-alg=Frobnitz
        -transport truststore=/t ssl-ciphers=TLS_NO_SUCH_SUITE        | TLS_NO_SUCH_SUITE
        -transport truststore=/t keystore-password=pw12345            | keystore-password=
        -transport truststore=                                        | truststore=
        """)
    void aWordThatCannotBeHonouredIsOneLineNamingIt(final String words, final String named)
    {
        final Console console = Console.run("write n=1 " + words);

        assertEquals(1, console.exitCode(), console.err());
        assertEquals(1, console.errLines().size(), console.err());
        assertTrue(console.err().contains(named), () -> console.err() + " should name " + named);
        assertFalse(console.err().contains("pw12345"), console.err());
        assertFalse(console.err().contains("Exception"), console.err());
        assertEquals("", console.out());
    }

    @Test
    void theSettingsDumpShowsEveryTlsWordButNoPassword()
    {
        final String dump = SettingsDumpTest.dump("write n=1 -transport truststore=/t.jks truststore-password=pw12345 "
            + "keystore=/k.pem keystore-password=pw67890 hostname-verification=true");

        assertTrue(dump.contains("Transport:\n  truststore=/t.jks; truststore-password=*suppressed*; keystore=/k.pem; "
            + "keystore-password=*suppressed*; ssl-protocol=TLS; ssl-alg=JVM default; store-type=from content; "
            + "ssl-ciphers=JVM defaults; hostname-verification=true;\n"), dump);
        assertFalse(dump.contains("pw12345") || dump.contains("pw67890"), dump);
        assertTrue(SettingsDumpTest.dump("write n=1").contains("Transport:\n  TLS: none\n"));
    }
}
