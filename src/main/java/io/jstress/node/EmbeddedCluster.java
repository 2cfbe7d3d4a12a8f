package io.jstress.node;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import io.jstress.pipeline.tls.TlsEngineFactory;
import io.jstress.settings.Secret;
import io.jstress.settings.StoreType;
import io.jstress.settings.TlsSettings;
import io.jstress.settings.TransportSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Throwaway Cassandra nodes for -node embedded[:N] and for the tests: one node on 127.0.0.1, or a ring on
 * 127.0.0.2, .3, .4 ... Each runs in its own JVM with its data in a temp dir that is deleted afterwards. The
 * nodes stop on close(), on the loader's normal exit or SIGTERM (a shutdown hook), and when the loader dies
 * by SIGKILL (each node watches the pipe from its parent). With client TLS, a throwaway CA signs one certificate
 * for the nodes (IP SANs of every node address) and one for clients; all of it lives in the first node's data dir
 * and goes with it.
 */
public final class EmbeddedCluster implements AutoCloseable
{
    public static final String DATACENTER = "datacenter1";
    private static final String SUPERUSER = "cassandra";
    /** The alias of the client certificate the throwaway CA issues, for tests that write their own stores. */
    public static final String CLIENT_ALIAS = "client";
    private static final String NODE_ALIAS = "node";
    private static final String TLS_PASSWORD = "cassandra";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final long POLL_NS = TimeUnit.MILLISECONDS.toNanos(100);

    private final List<CassandraNode> nodes;
    private final boolean passwordAuth;
    private final Path baseDir;
    private final Thread shutdownHook;
    private final ClientTls tls;
    private final Path tlsDir;
    private ThrowawayCa ca;
    private Duration startupTime = Duration.ZERO;
    private String releaseVersion = "";
    private boolean closed;

    private EmbeddedCluster(final List<CassandraNode> nodes, final boolean passwordAuth, final Path baseDir,
        final ClientTls tls, final Path tlsDir)
    {
        this.nodes = nodes;
        this.passwordAuth = passwordAuth;
        this.baseDir = baseDir;
        this.tls = tls;
        this.tlsDir = tlsDir;
        this.shutdownHook = new Thread(this::close, "jstress-embedded-cassandra-stop");
    }

    /** Starts plain-text nodes and returns once the driver sees every one of them up. */
    public static EmbeddedCluster start(final int count, final boolean passwordAuth) throws IOException
    {
        return start(count, passwordAuth, ClientTls.OFF);
    }

    /** Starts the nodes and returns once the driver sees every one of them up, over TLS if asked. */
    public static EmbeddedCluster start(final int count, final boolean passwordAuth, final ClientTls tls)
        throws IOException
    {
        final long began = System.nanoTime();
        final String classpath = CassandraClasspath.get();
        final Path base = Files.createTempDirectory("jstress-cassandra-");
        final List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++)
        {
            addresses.add(count == 1 ? "127.0.0.1" : "127.0.0." + (i + 2));
        }
        final int storagePort = FreePorts.commonTo(addresses);
        final String heap = count == 1 ? "1g" : "640m";
        // a lone node gossips with nobody; a joining node must hear from the seed within the ring delay,
        // which a busy two-core box can miss at 1 s
        final long ringDelayMs = count == 1 ? 1000 : 5000;
        final Path tlsDir = base.resolve("node1").resolve("tls");
        final Optional<NodeTls> nodeTls = tls == ClientTls.OFF ? Optional.empty() : Optional.of(new NodeTls(
            tlsDir.resolve("node.p12"), tlsDir.resolve("truststore.p12"), TLS_PASSWORD, tls == ClientTls.MUTUAL));
        final List<CassandraNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++)
        {
            final String address = addresses.get(i);
            nodes.add(new CassandraNode(new NodeConfig(address, addresses.get(0), FreePorts.on(address),
                storagePort, FreePorts.on("127.0.0.1"), passwordAuth, nodeTls, base.resolve("node" + (i + 1))),
                classpath, heap, ringDelayMs));
        }
        final EmbeddedCluster cluster = new EmbeddedCluster(nodes, passwordAuth, base, tls, tlsDir);
        Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
        try
        {
            if (nodeTls.isPresent())
            {
                cluster.makeStores(addresses, nodeTls.get());
            }
            // the seed first: the others join its gossip, and with no data to stream they may then join together
            nodes.get(0).start();
            cluster.awaitPort(nodes.get(0));
            for (int i = 1; i < count; i++)
            {
                nodes.get(i).start();
            }
            for (int i = 1; i < count; i++)
            {
                cluster.awaitJoined(nodes.get(i));
            }
            cluster.awaitAllUp();
        }
        catch (final IOException | RuntimeException e)
        {
            cluster.close();
            throw e;
        }
        cluster.startupTime = Duration.ofNanos(System.nanoTime() - began);
        return cluster;
    }

    public List<InetSocketAddress> contactPoints()
    {
        final List<InetSocketAddress> points = new ArrayList<>();
        for (final CassandraNode node : nodes)
        {
            points.add(new InetSocketAddress(node.config().address(), node.config().nativePort()));
        }
        return points;
    }

    public String datacenter()
    {
        return DATACENTER;
    }

    public Optional<String> user()
    {
        return passwordAuth ? Optional.of(SUPERUSER) : Optional.empty();
    }

    public Optional<String> password()
    {
        return passwordAuth ? Optional.of(SUPERUSER) : Optional.empty();
    }

    public ClientTls tls()
    {
        return tls;
    }

    /** The CA that signed the nodes' certificate, for tests that write their own stores; empty without TLS. */
    public Optional<ThrowawayCa> ca()
    {
        return Optional.ofNullable(ca);
    }

    /**
     * How a client reaches these nodes: the TLS words it asked for, with stores made from this cluster's CA in
     * their place (in the store type asked for, PKCS12 by default), since files the user named cannot be signed
     * by a CA made a moment ago. Empty when the nodes speak plain text.
     */
    public Optional<TlsSettings> clientTls(final TransportSettings asked) throws IOException
    {
        if (tls == ClientTls.OFF)
        {
            return Optional.empty();
        }
        final TlsSettings base = asked.tls().orElseGet(() -> new TlsSettings(tlsDir, Optional.empty(),
            Optional.empty(), Optional.empty(), TlsSettings.DEFAULT_PROTOCOL, Optional.empty(), Optional.empty(),
            List.of(), true));
        final StoreType type = base.storeType().orElse(StoreType.PKCS12);
        final String extension = "." + type.name().toLowerCase(Locale.ROOT);
        final Path trust = tlsDir.resolve("client-truststore" + extension);
        final Path key = tlsDir.resolve("client-keystore" + extension);
        if (!Files.exists(trust))
        {
            ca.writeTruststore(trust, type, TLS_PASSWORD);
            ca.writeKeystore(CLIENT_ALIAS, key, type, TLS_PASSWORD);
        }
        return Optional.of(base.withStores(trust, tls == ClientTls.MUTUAL ? Optional.of(key) : Optional.empty(),
            new Secret(TLS_PASSWORD), type));
    }

    public String releaseVersion()
    {
        return releaseVersion;
    }

    public Duration startupTime()
    {
        return startupTime;
    }

    public int size()
    {
        return nodes.size();
    }

    public long pid(final int node)
    {
        return nodes.get(node).pid();
    }

    /** The directory holding every node's data and logs; gone after close(). */
    public Path baseDir()
    {
        return baseDir;
    }

    /** SIGKILL: the node dies at once, as in a crash. */
    public void kill(final int node)
    {
        nodes.get(node).kill();
    }

    /** SIGSTOP: the node stops answering, as in a long GC pause. */
    public void pause(final int node) throws IOException
    {
        nodes.get(node).signal("STOP");
    }

    public void resume(final int node) throws IOException
    {
        nodes.get(node).signal("CONT");
    }

    /** Starts a stopped or killed node again on its data, and waits until it answers CQL. */
    public void restart(final int node) throws IOException
    {
        final CassandraNode n = nodes.get(node);
        n.stop();
        n.start();
        awaitPort(n);
    }

    /** A session on every node, authenticated when auth is on, over TLS when the nodes use it; the caller closes it. */
    public CqlSession session()
    {
        final CqlSessionBuilder builder = CqlSession.builder().addContactPoints(contactPoints())
            .withLocalDatacenter(DATACENTER)
            .withConfigLoader(DriverConfigLoader.programmaticBuilder()
                .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
                .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
                .withBoolean(DefaultDriverOption.NETTY_DAEMON, true)
                .build());
        if (passwordAuth)
        {
            builder.withAuthCredentials(SUPERUSER, SUPERUSER);
        }
        try
        {
            clientTls(TransportSettings.PLAIN).ifPresent(t -> builder.withSslEngineFactory(TlsEngineFactory.of(t)));
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
        return builder.build();
    }

    @Override
    public synchronized void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        final List<Thread> stoppers = new ArrayList<>();
        for (final CassandraNode node : nodes)
        {
            final Thread t = new Thread(node::stop, "jstress-node-stop");
            stoppers.add(t);
            t.start();
        }
        for (final Thread t : stoppers)
        {
            try
            {
                t.join();
            }
            catch (final InterruptedException e)
            {
                Thread.currentThread().interrupt();
            }
        }
        for (final CassandraNode node : nodes)
        {
            node.deleteData();
        }
        baseDir.toFile().delete();
        try
        {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        }
        catch (final IllegalStateException shuttingDown)
        {
            // we are the hook, or the JVM is already exiting
        }
    }

    /** The CA, a certificate for the nodes naming every node address, and one for clients. */
    private void makeStores(final List<String> addresses, final NodeTls nodeTls) throws IOException
    {
        ca = ThrowawayCa.create(tlsDir, "jstress");
        ca.issue(NODE_ALIAS, addresses);
        ca.issue(CLIENT_ALIAS, List.of());
        ca.writeKeystore(NODE_ALIAS, nodeTls.keystore(), StoreType.PKCS12, TLS_PASSWORD);
        ca.writeTruststore(nodeTls.truststore(), StoreType.PKCS12, TLS_PASSWORD);
    }

    /** A joining node that found no seed to gossip with gets one more try on a fresh data dir. */
    private void awaitJoined(final CassandraNode node) throws IOException
    {
        try
        {
            awaitPort(node);
        }
        catch (final IOException first)
        {
            if (node.alive())
            {
                throw first;
            }
            node.deleteData();
            node.start();
            awaitPort(node);
        }
    }

    private void awaitPort(final CassandraNode node) throws IOException
    {
        final long until = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < until)
        {
            if (!node.alive())
            {
                throw new IOException("the Cassandra node on " + node.config().address()
                    + " exited during start-up; see " + node.config().log());
            }
            try
            {
                new Socket(node.config().address(), node.config().nativePort()).close();
                return;
            }
            catch (final IOException notYet)
            {
                LockSupport.parkNanos(POLL_NS);
            }
        }
        throw new IOException("the Cassandra node on " + node.config().address() + " did not open its CQL port in "
            + READY_TIMEOUT.toSeconds() + " s; see " + node.config().log());
    }

    /** Until a driver session authenticates and sees every node up (the superuser appears just after the port). */
    private void awaitAllUp() throws IOException
    {
        final long until = System.nanoTime() + READY_TIMEOUT.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < until)
        {
            try (CqlSession session = session())
            {
                while (System.nanoTime() < until)
                {
                    final long up = session.getMetadata().getNodes().values().stream()
                        .filter(n -> n.getState() == NodeState.UP).count();
                    if (up == nodes.size())
                    {
                        releaseVersion = session.execute("SELECT release_version FROM system.local").one()
                            .getString(0);
                        return;
                    }
                    LockSupport.parkNanos(POLL_NS);
                }
            }
            catch (final RuntimeException e)
            {
                last = e;
                LockSupport.parkNanos(POLL_NS);
            }
        }
        throw new IOException("the Cassandra nodes did not all come up in " + READY_TIMEOUT.toSeconds() + " s ("
            + (last == null ? "not all up" : last.getMessage()) + "); see " + nodes.get(0).config().log());
    }
}
