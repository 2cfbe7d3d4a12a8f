package io.jstress.run;

import io.jstress.node.ClientTls;
import io.jstress.node.EmbeddedCluster;
import io.jstress.node.ThrowawayCa;
import io.jstress.settings.StoreType;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real Cassandra node with client TLS for a test class, started once before its tests (a start costs ~15 s
 * of CPU) and stopped after them; a directory of stores made from the node's CA (truststore.jks, truststore.p12,
 * ca.pem, keystore.p12 and client.pem, the store passwords "cassandra"), where a class may write more; jstress runs
 * against the node. Use it as {@code @RegisterExtension static final TlsNode NODE = new TlsNode(ClientTls.MUTUAL);}
 */
final class TlsNode implements BeforeAllCallback, AfterAllCallback
{
    private static final String PASSWORD = "cassandra";
    private final ClientTls tls;
    private EmbeddedCluster cluster;
    private Path stores;

    TlsNode(final ClientTls tls)
    {
        this.tls = tls;
    }

    @Override
    public void beforeAll(final ExtensionContext context) throws IOException
    {
        stores = Files.createTempDirectory("jstress-tls-stores");
        cluster = EmbeddedCluster.start(1, true, tls);
        System.out.printf("TLS (%s) Cassandra node started in %.1f s%n", tls.name(),
            cluster.startupTime().toMillis() / 1000.0);
        final ThrowawayCa ca = ca();
        ca.writeTruststore(store("truststore.jks"), StoreType.JKS, PASSWORD);
        ca.writeTruststore(store("truststore.p12"), StoreType.PKCS12, PASSWORD);
        ca.writeTruststore(store("ca.pem"), StoreType.PEM, PASSWORD);
        ca.writeKeystore(EmbeddedCluster.CLIENT_ALIAS, store("keystore.p12"), StoreType.PKCS12, PASSWORD);
        ca.writeKeystore(EmbeddedCluster.CLIENT_ALIAS, store("client.pem"), StoreType.PEM, PASSWORD);
    }

    @Override
    public void afterAll(final ExtensionContext context) throws IOException
    {
        if (cluster != null)
        {
            cluster.close();
        }
        try (Stream<Path> files = Files.walk(stores))
        {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    ThrowawayCa ca()
    {
        return cluster.ca().orElseThrow();
    }

    /** A file in the class's store directory. */
    Path store(final String name)
    {
        return stores.resolve(name);
    }

    /**
     * `jstress command -node host -port native=P -mode ... [-transport words]`: words are split on spaces, as a
     * shell splits an unquoted line.
     */
    Jstress run(final String host, final String command, final String transport)
    {
        return runOn(host, cluster.contactPoints().get(0).getPort(), command, transport);
    }

    static Jstress runOn(final String host, final int port, final String command, final String transport)
    {
        final List<String> args = new ArrayList<>(words(command));
        args.addAll(List.of("-node", host, "-port", "native=" + port, "-mode", "native", "cql3", "user=cassandra",
            "password=cassandra"));
        if (!transport.isEmpty())
        {
            args.add("-transport");
            args.addAll(words(transport));
        }
        return Jstress.runExactly(args);
    }

    private static List<String> words(final String line)
    {
        return Arrays.asList(line.trim().split("\\s+"));
    }
}
