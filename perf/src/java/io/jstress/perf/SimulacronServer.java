package io.jstress.perf;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.simulacron.common.cluster.ClusterSpec;
import com.datastax.oss.simulacron.common.request.Query;
import com.datastax.oss.simulacron.server.BoundCluster;
import com.datastax.oss.simulacron.server.Inet4Resolver;
import com.datastax.oss.simulacron.server.Server;
import io.jstress.settings.OpType;
import io.jstress.workload.Schema;
import io.jstress.workload.Statements;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.HashedWheelTimer;

import java.lang.reflect.Proxy;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.noRows;
import static com.datastax.oss.simulacron.common.stubbing.PrimeDsl.when;

/**
 * A one-node CQL server that answers every jstress write and read at once, on ONE Netty event loop, so
 * that a loader measured against it is the bottleneck. Its statements are primed from the workload's own
 * Statements, so they match what jstress sends character for character, plus cassandra-stress 3.x's write
 * for side-by-side runs. Runs until killed.
 *
 * <pre>java -cp ... io.jstress.perf.SimulacronServer [address [port [columns]]]</pre>
 */
public final class SimulacronServer
{
    private SimulacronServer()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final String address = args.length > 0 ? args[0] : "127.0.77.1";
        final int port = args.length > 1 ? Integer.parseInt(args[1]) : 9042;
        final int columns = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        final Server server = Server.builder()
            .withEventLoopGroup(new NioEventLoopGroup(1), NioServerSocketChannel.class)
            // the default tick is 100 ms: any primed delay would round up to it
            .withTimer(new HashedWheelTimer(1, TimeUnit.MILLISECONDS))
            .withActivityLoggingEnabled(false)
            .withAddressResolver(new Inet4Resolver(InetAddress.getByName(address).getAddress(), port))
            .build();
        final BoundCluster cluster = server.register(ClusterSpec.builder().withNodes(1));
        for (final String cql : workloadQueries(columns))
        {
            prime(cluster, cql, paramTypes(cql, columns));
        }
        prime(cluster, cassandraStressWrite(columns), cassandraStressWriteTypes(columns));
        System.out.println("ready " + address + ":" + port);
        Thread.currentThread().join();
    }

    private static void prime(final BoundCluster cluster, final String cql, final LinkedHashMap<String, String> types)
    {
        // no params to match: any values get the reply
        cluster.prime(when(new Query(cql, List.of(), new LinkedHashMap<>(), types)).then(noRows()));
    }

    /** cassandra-stress 3.x writes with an UPDATE (its CqlInserter), values first and the key last. */
    private static String cassandraStressWrite(final int columns)
    {
        final StringBuilder b = new StringBuilder("UPDATE \"standard1\" SET ");
        for (int i = 0; i < columns; i++)
        {
            b.append(i > 0 ? "," : "").append("\"C").append(i).append("\" = ?");
        }
        return b.append(" WHERE KEY=?").toString();
    }

    private static LinkedHashMap<String, String> cassandraStressWriteTypes(final int columns)
    {
        final LinkedHashMap<String, String> types = new LinkedHashMap<>();
        for (int i = 0; i < columns; i++)
        {
            types.put("C" + i, "blob");
        }
        types.put("key", "blob");
        return types;
    }

    /** Every statement the default workload prepares, captured from Statements through a recording session. */
    private static List<String> workloadQueries(final int columns)
    {
        final List<String> queries = new ArrayList<>();
        final CqlSession recorder = (CqlSession)Proxy.newProxyInstance(CqlSession.class.getClassLoader(),
            new Class<?>[] {CqlSession.class}, (self, method, a) ->
            {
                if (method.getName().equals("prepare") && a.length == 1 && a[0] instanceof String query)
                {
                    queries.add(query);
                    return null;
                }
                throw new UnsupportedOperationException(method.getName());
            });
        Statements.prepared(DefaultWrite.schema(DefaultWrite.columns(columns, 34)), recorder,
            Set.of(OpType.WRITE, OpType.READ));
        return queries;
    }

    /** The bound variables' types, which Simulacron returns in its PREPARED reply: the key, then the values. */
    private static LinkedHashMap<String, String> paramTypes(final String cql, final int columns)
    {
        final LinkedHashMap<String, String> types = new LinkedHashMap<>();
        final long markers = cql.chars().filter(c -> c == '?').count();
        final List<String> names = Schema.columnNames(DefaultWrite.columns(columns, 34));
        types.put("key", "blob");
        for (int i = 1; i < markers; i++)
        {
            types.put(names.get(i - 1), "blob");
        }
        return types;
    }
}
