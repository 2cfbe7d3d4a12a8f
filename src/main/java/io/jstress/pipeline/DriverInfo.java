package io.jstress.pipeline;

import com.codahale.metrics.Counting;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import com.datastax.oss.driver.api.core.metrics.DefaultSessionMetric;
import com.datastax.oss.driver.api.core.metrics.SessionMetric;
import com.datastax.oss.driver.internal.core.context.InternalDriverContext;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * -log level=verbose: what the driver negotiated (protocol version, frame compression, load balancing) once
 * connected, and the bytes it sent and received by the end, so a user sees that -mode compression= and -node
 * loadbalance= took effect.
 */
final class DriverInfo
{
    /** The session metrics verbose turns on; nothing is metered otherwise. */
    static final List<String> METRICS = List.of(DefaultSessionMetric.BYTES_SENT.getPath(),
        DefaultSessionMetric.BYTES_RECEIVED.getPath());

    private DriverInfo()
    {
    }

    /** "Driver: protocol V5, compression lz4, 1 of 1 nodes up" */
    static String connected(final CqlSession session)
    {
        final InternalDriverContext context = (InternalDriverContext)session.getContext();
        final String compression = context.getCompressor().algorithm();
        final long up = session.getMetadata().getNodes().values().stream().filter(n -> n.getState() == NodeState.UP)
            .count();
        return String.format(Locale.ROOT, "Driver: protocol %s, compression %s, %d of %d nodes up",
            context.getProtocolVersion(), compression == null || compression.isEmpty() ? "none" : compression, up,
            session.getMetadata().getNodes().size());
    }

    /**
     * "Driver: load balancing DcInferringLoadBalancingPolicy, local datacenter(s) [dc1], 0 nodes per remote
     * datacenter": the policy in use, the datacenters of the nodes it treats as local, and its failover.
     */
    static String loadBalancing(final CqlSession session)
    {
        final DriverExecutionProfile profile = session.getContext().getConfig().getDefaultProfile();
        final Set<String> local = new TreeSet<>();
        session.getMetadata().getNodes().values().stream().filter(n -> n.getDistance() == NodeDistance.LOCAL)
            .forEach(n -> local.add(String.valueOf(n.getDatacenter())));
        return String.format(Locale.ROOT, "Driver: load balancing %s, local datacenter(s) %s, %d nodes per remote "
                + "datacenter", profile.getString(DefaultDriverOption.LOAD_BALANCING_POLICY_CLASS), local,
            profile.getInt(DefaultDriverOption.LOAD_BALANCING_DC_FAILOVER_MAX_NODES_PER_REMOTE_DC));
    }

    /** "Driver: 1,234,567 bytes sent, 89,012 bytes received", over every session. */
    static String traffic(final List<CqlSession> sessions)
    {
        long sent = 0;
        long received = 0;
        for (final CqlSession session : sessions)
        {
            sent += count(session, DefaultSessionMetric.BYTES_SENT);
            received += count(session, DefaultSessionMetric.BYTES_RECEIVED);
        }
        return String.format(Locale.ROOT, "Driver: %,d bytes sent, %,d bytes received", sent, received);
    }

    private static long count(final CqlSession session, final SessionMetric metric)
    {
        return session.getMetrics().flatMap(m -> m.getSessionMetric(metric))
            .map(m -> m instanceof Counting c ? c.getCount() : 0L).orElse(0L);
    }
}
