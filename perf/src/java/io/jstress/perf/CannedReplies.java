package io.jstress.perf;

import com.datastax.oss.protocol.internal.Message;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import com.datastax.oss.protocol.internal.request.Execute;
import com.datastax.oss.protocol.internal.request.Options;
import com.datastax.oss.protocol.internal.request.Prepare;
import com.datastax.oss.protocol.internal.request.Query;
import com.datastax.oss.protocol.internal.response.Error;
import com.datastax.oss.protocol.internal.response.Ready;
import com.datastax.oss.protocol.internal.response.Supported;
import com.datastax.oss.protocol.internal.response.result.ColumnSpec;
import com.datastax.oss.protocol.internal.response.result.DefaultRows;
import com.datastax.oss.protocol.internal.response.result.Prepared;
import com.datastax.oss.protocol.internal.response.result.RawType;
import com.datastax.oss.protocol.internal.response.result.RowsMetadata;
import com.datastax.oss.protocol.internal.response.result.SetKeyspace;
import com.datastax.oss.protocol.internal.response.result.Void;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a one-node cluster answers, reduced to what a driver needs to connect and what a writing loader
 * sends: the handshake, system.local and system.peers, empty schema tables, PREPARE with all-blob variables,
 * and a Void result for every EXECUTE, BATCH and any other statement. Rows for reads are not produced.
 */
final class CannedReplies
{
    private static final RawType TEXT = RawType.PRIMITIVES.get(ProtocolConstants.DataType.VARCHAR);
    private static final RawType BLOB = RawType.PRIMITIVES.get(ProtocolConstants.DataType.BLOB);
    private static final RawType UUID_TYPE = RawType.PRIMITIVES.get(ProtocolConstants.DataType.UUID);
    private static final RawType INET = RawType.PRIMITIVES.get(ProtocolConstants.DataType.INET);
    private static final UUID HOST_ID = UUID.nameUUIDFromBytes("jstress-perf-node".getBytes(StandardCharsets.UTF_8));
    private static final UUID SCHEMA_VERSION = UUID.nameUUIDFromBytes("jstress-perf".getBytes(StandardCharsets.UTF_8));

    private final Message local;
    /** The statement behind each prepared id, so a fault can pick the statements it answers. */
    private final Map<String, String> prepared = new ConcurrentHashMap<>();
    private final Message peers = rows("peers", List.of(), List.of());
    /** Not zero columns: the driver takes a metadata-less result to a simple statement for a bound one's. */
    private final Message emptyRows = rows("tables", List.of("key"), List.of(BLOB));

    CannedReplies(final InetAddress address)
    {
        final ByteBuffer inet = ByteBuffer.wrap(address.getAddress());
        local = rows("local",
            List.of("key", "cluster_name", "data_center", "rack", "release_version", "partitioner", "tokens",
                "host_id", "schema_version", "broadcast_address", "listen_address", "rpc_address"),
            List.of(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT, new RawType.RawSet(TEXT), UUID_TYPE, UUID_TYPE, INET, INET,
                INET),
            text("local"), text("jstress-perf"), text("dc1"), text("rack1"), text("3.11.16"),
            text("org.apache.cassandra.dht.Murmur3Partitioner"), textSet("0"), uuid(HOST_ID), uuid(SCHEMA_VERSION),
            inet.duplicate(), inet.duplicate(), inet.duplicate());
    }

    Message reply(final Message request)
    {
        if (request instanceof Execute)
        {
            return Void.INSTANCE;
        }
        if (request instanceof Query query)
        {
            return query(query.query);
        }
        if (request instanceof Prepare prepare)
        {
            final Prepared reply = prepared(prepare.cqlQuery);
            this.prepared.put(new String(reply.preparedQueryId, StandardCharsets.US_ASCII), prepare.cqlQuery);
            return reply;
        }
        if (request instanceof Options)
        {
            return new Supported(Map.of("CQL_VERSION", List.of("3.4.4"), "COMPRESSION", List.of()));
        }
        // STARTUP and REGISTER; BATCH is a write like any other
        return request.opcode == ProtocolConstants.Opcode.BATCH ? Void.INSTANCE : new Ready();
    }

    private Message query(final String cql)
    {
        final String q = cql.trim().toLowerCase(Locale.ROOT);
        if (q.startsWith("select"))
        {
            if (q.contains("system.local"))
            {
                return local;
            }
            if (q.contains("system.peers_v2"))
            {
                return new Error(ProtocolConstants.ErrorCode.INVALID, "unconfigured table peers_v2");
            }
            return q.contains("system.peers") ? peers : emptyRows;
        }
        if (q.startsWith("use "))
        {
            return new SetKeyspace(cql.trim().substring(4).replace("\"", "").trim());
        }
        return Void.INSTANCE;
    }

    /** The statement a prepared id stands for; empty for an id this responder never gave out. */
    String statement(final byte[] id)
    {
        return prepared.getOrDefault(new String(id, StandardCharsets.US_ASCII), "");
    }

    /** Every bind marker is a blob; the key is the first for INSERT and SELECT, the last for UPDATE ... WHERE. */
    private static Prepared prepared(final String cql)
    {
        final int markers = (int)cql.chars().filter(c -> c == '?').count();
        final List<ColumnSpec> variables = new ArrayList<>(markers);
        for (int i = 0; i < markers; i++)
        {
            variables.add(new ColumnSpec("ks", "t", "v" + i, i, BLOB));
        }
        final int key = cql.trim().toLowerCase(Locale.ROOT).startsWith("update") ? markers - 1 : 0;
        final byte[] id = UUID.nameUUIDFromBytes(cql.getBytes(StandardCharsets.UTF_8)).toString()
            .getBytes(StandardCharsets.US_ASCII);
        return new Prepared(id, null, new RowsMetadata(variables, null, new int[] {key}, null),
            new RowsMetadata(List.of(), null, new int[0], null));
    }

    private static Message rows(final String table, final List<String> names, final List<RawType> types,
        final ByteBuffer... values)
    {
        final List<ColumnSpec> specs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++)
        {
            specs.add(new ColumnSpec("system", table, names.get(i), i, types.get(i)));
        }
        final Queue<List<ByteBuffer>> data = new ArrayDeque<>();
        if (values.length > 0)
        {
            data.add(List.of(values));
        }
        return new DefaultRows(new RowsMetadata(specs, null, new int[0], null), data);
    }

    private static ByteBuffer text(final String s)
    {
        return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
    }

    private static ByteBuffer uuid(final UUID u)
    {
        return ByteBuffer.allocate(16).putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits()).flip();
    }

    /** A set of one text element, in the v3+ collection encoding: [int n] then [int length][bytes]. */
    private static ByteBuffer textSet(final String element)
    {
        final byte[] b = element.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(8 + b.length).putInt(1).putInt(b.length).put(b).flip();
    }
}
