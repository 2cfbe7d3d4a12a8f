package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import io.jstress.pipeline.tls.TlsEngineFactory;
import io.jstress.pipeline.tls.TlsFailures;
import io.jstress.settings.LoadBalance;
import io.jstress.settings.NodeSettings;
import io.jstress.settings.StressSettings;
import io.jstress.settings.TlsSettings;
import io.jstress.workload.CounterIncrement;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Builds driver sessions from the settings. Only what the user gave reaches the driver, except the request
 * timeout (cassandra-stress's 12 s), the consistency level and idempotence, which every op needs.
 */
public final class Sessions
{
    private Sessions()
    {
    }

    /** The contact points and, if any, the credentials and TLS settings a run connects with. */
    public record Target(List<InetSocketAddress> contactPoints, String user, String password,
        Optional<TlsSettings> tls)
    {
    }

    /** The keyspaces whose schema the driver keeps: the run's own (a user run's, its profiles'). */
    private static List<String> keyspaces(final StressSettings settings)
    {
        return settings.command().user().map(u -> u.profiles().stream()
                .map(p -> p.keyspace().toLowerCase(Locale.ROOT)).distinct().toList())
            .orElse(List.of(settings.schema().keyspace()));
    }

    public static CqlSession open(final StressSettings settings, final Target target, final int ioThreads)
    {
        final var mode = settings.mode();
        final ProgrammaticDriverConfigLoaderBuilder config = DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, mode.requestTimeout())
            .withString(DefaultDriverOption.REQUEST_CONSISTENCY, settings.command().consistency().name())
            .withBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, true)
            .withStringList(DefaultDriverOption.METADATA_SCHEMA_REFRESHED_KEYSPACES, keyspaces(settings))
            // timeouts are checked on the timer wheel: the default 100 ms tick adds up to 100 ms of slack
            .withDuration(DefaultDriverOption.NETTY_TIMER_TICK_DURATION, Duration.ofMillis(10))
            .withInt(DefaultDriverOption.NETTY_IO_SIZE, ioThreads)
            // a loader must exit promptly after END, whatever the driver is doing
            .withBoolean(DefaultDriverOption.NETTY_DAEMON, true)
            .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
            .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0);
        loadBalancing(settings.node(), config);
        mode.connectTimeout().ifPresent(d -> config.withDuration(DefaultDriverOption.CONNECTION_CONNECT_TIMEOUT, d));
        mode.controlConnectionTimeout().ifPresent(d -> config
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_TIMEOUT, d)
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, d));
        mode.protocolVersion().ifPresent(v -> config.withString(DefaultDriverOption.PROTOCOL_VERSION, "V" + v));
        mode.connectionsPerHost().ifPresent(n -> config.withInt(DefaultDriverOption.CONNECTION_POOL_LOCAL_SIZE, n));
        mode.maxPending().ifPresent(n -> config.withInt(DefaultDriverOption.CONNECTION_MAX_REQUESTS, n));
        mode.compression().filter(c -> !c.equals("none"))
            .ifPresent(c -> config.withString(DefaultDriverOption.PROTOCOL_COMPRESSION, c));
        if (settings.log().verbose())
        {
            config.withStringList(DefaultDriverOption.METRICS_SESSION_ENABLED, DriverInfo.METRICS);
        }
        // -mode auth-provider=: the driver instantiates the class; user= and password= are there for it to read
        mode.authProvider().ifPresent(provider ->
        {
            config.withString(DefaultDriverOption.AUTH_PROVIDER_CLASS, provider);
            if (target.user() != null)
            {
                config.withString(DefaultDriverOption.AUTH_PROVIDER_USER_NAME, target.user())
                    .withString(DefaultDriverOption.AUTH_PROVIDER_PASSWORD, target.password());
            }
        });

        final CqlSessionBuilder builder = new BatchingSessionBuilder()
            .withConfigLoader(config.build())
            .addContactPoints(target.contactPoints())
            .addTypeCodecs(CounterIncrement.CODEC);
        if (mode.authProvider().isEmpty() && target.user() != null)
        {
            builder.withAuthCredentials(target.user(), target.password());
        }
        if (settings.node().whitelist())
        {
            final List<InetSocketAddress> allowed = new ArrayList<>(target.contactPoints());
            builder.withNodeDistanceEvaluator((node, localDc) ->
                node.getEndPoint().resolve() instanceof InetSocketAddress a && allowed.contains(a)
                    ? null : NodeDistance.IGNORED);
        }
        target.tls().ifPresent(tls -> builder.withSslEngineFactory(TlsEngineFactory.of(tls)));
        final CqlSession session;
        try
        {
            session = builder.build();
        }
        catch (final RuntimeException e)
        {
            throw TlsFailures.explain(e, target.tls());
        }
        checkDatacenter(session, settings.node());
        return session;
    }

    /**
     * A datacenter= that no node is in would leave every request without a node to go to (the driver only logs a
     * warning): most likely a typo, so the run stops before it measures anything, naming the datacenters there are.
     */
    private static void checkDatacenter(final CqlSession session, final NodeSettings node)
    {
        final Optional<String> dc = node.datacenter();
        final Set<String> known = new TreeSet<>();
        session.getMetadata().getNodes().values().forEach(n -> known.add(String.valueOf(n.getDatacenter())));
        if (dc.isPresent() && !known.contains(dc.get()))
        {
            close(session);
            throw new RunFailure("-node datacenter=" + dc.get() + ": no node is in that datacenter; the cluster's "
                + (known.size() == 1 ? "is " : "are ") + String.join(", ", known));
        }
    }

    /**
     * -node loadbalance=, datacenter=, rack= and remote-dc= as cassandra-stress maps them to its policies: round-robin
     * spreads requests over every node of every datacenter (the driver's only policy without a local DC); dc-aware
     * keeps them in the local DC (datacenter=, else the contact points'); rack-aware, the default when rack= is
     * given, also prefers the local rack.
     */
    private static void loadBalancing(final NodeSettings node, final ProgrammaticDriverConfigLoaderBuilder config)
    {
        final LoadBalance policy = node.loadBalance()
            .orElse(node.rack().isPresent() ? LoadBalance.RACK_AWARE : LoadBalance.DC_AWARE);
        if (policy == LoadBalance.ROUND_ROBIN)
        {
            config.withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, "BasicLoadBalancingPolicy");
            return;
        }
        config.withString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS, "DcInferringLoadBalancingPolicy");
        node.datacenter().ifPresent(dc -> config.withString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER, dc));
        if (policy == LoadBalance.RACK_AWARE)
        {
            node.rack().ifPresent(rack -> config.withString(DefaultDriverOption.LOAD_BALANCING_LOCAL_RACK, rack));
        }
        node.remoteDcNodes().ifPresent(n -> config
            .withInt(DefaultDriverOption.LOAD_BALANCING_DC_FAILOVER_MAX_NODES_PER_REMOTE_DC, n));
    }

    public static void closeAll(final List<CqlSession> sessions)
    {
        for (final CqlSession s : sessions)
        {
            close(s);
        }
    }

    /** Closes with a bounded wait, then forces: a hung driver must never keep the loader alive. */
    public static void close(final CqlSession session)
    {
        try
        {
            session.closeAsync().toCompletableFuture().get(1, TimeUnit.SECONDS);
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            session.forceCloseAsync();
        }
        catch (final ExecutionException | TimeoutException e)
        {
            session.forceCloseAsync();
        }
    }
}
