package io.jstress.perf;

import com.datastax.oss.driver.internal.core.protocol.ByteBufPrimitiveCodec;
import com.datastax.oss.protocol.internal.Compressor;
import com.datastax.oss.protocol.internal.Frame;
import com.datastax.oss.protocol.internal.FrameCodec;
import com.datastax.oss.protocol.internal.Message;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import com.datastax.oss.protocol.internal.request.Execute;
import com.datastax.oss.protocol.internal.request.Query;
import com.datastax.oss.protocol.internal.response.Error;
import com.datastax.oss.protocol.internal.response.Ready;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.ssl.OptionalSslHandler;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;

/**
 * The smallest CQL server a driver connects to, on ONE Netty event loop: native-protocol v4 frames decoded
 * and encoded with the driver's own codec, each request answered at once from CannedReplies. A driver that
 * offers v5 is told to use v4, as Cassandra 3.11 does. The tests start it in-process with Faults that answer
 * chosen requests with an error (overloaded, a timeout, unavailable, a syntax error) or never answer them;
 * from the command line it runs fault-free until killed. Given a PKCS12 keystore (password "cassandra"), it also
 * speaks TLS (the JDK's engine), recognising per connection whether the client sent a TLS hello, so plain-text
 * and TLS loaders can take turns against the same server.
 *
 * <pre>java -cp ... io.jstress.perf.CqlResponder [address [port [keystore.p12]]]</pre>
 */
public final class CqlResponder implements AutoCloseable
{
    private static final int MAX_VERSION = ProtocolConstants.Version.V4;
    /** v3+ header: version, flags, stream (2), opcode, then the body length (4). */
    private static final int LENGTH_OFFSET = 5;

    /** What to answer instead of the canned reply. Called on the responder's one event loop thread. */
    @FunctionalInterface
    public interface Faults
    {
        Faults NONE = (cql, values) -> null;
        /** Returned by a fault to leave the request unanswered, as a stalled or dying node does. */
        Message HOLD = new Ready();

        /**
         * @param cql    the statement of a QUERY, or the prepared statement an EXECUTE runs
         * @param values the values bound to it (the partition key first, for jstress's INSERT and SELECT)
         * @return the error to answer with, HOLD to answer nothing, or null for the canned reply
         */
        Message answer(String cql, List<ByteBuffer> values);
    }

    private final NioEventLoopGroup loop;
    private final int port;
    private final ChannelGroup clients;

    private CqlResponder(final NioEventLoopGroup loop, final int port, final ChannelGroup clients)
    {
        this.loop = loop;
        this.port = port;
        this.clients = clients;
    }

    public static void main(final String[] args) throws Exception
    {
        final InetAddress address = InetAddress.getByName(args.length > 0 ? args[0] : "127.0.77.1");
        final int port = args.length > 1 ? Integer.parseInt(args[1]) : 9042;
        final SslContext tls = args.length > 2 ? tls(Path.of(args[2])) : null;
        final CqlResponder responder = start(address, port, Faults.NONE, tls);
        System.out.println("ready " + address.getHostAddress() + ":" + port + (tls == null ? "" : " (and TLS)"));
        responder.loop.terminationFuture().sync();
    }

    /** Starts answering on address:port (0 for any free port); returns once the port accepts connections. */
    public static CqlResponder start(final InetAddress address, final int port, final Faults faults)
        throws InterruptedException
    {
        return start(address, port, faults, null);
    }

    /** @param tls null for plain text only */
    private static CqlResponder start(final InetAddress address, final int port, final Faults faults,
        final SslContext tls) throws InterruptedException
    {
        final FrameCodec<ByteBuf> codec = FrameCodec.defaultServer(new ByteBufPrimitiveCodec(ByteBufAllocator.DEFAULT),
            Compressor.none());
        final CannedReplies replies = new CannedReplies(address);
        final NioEventLoopGroup loop = new NioEventLoopGroup(1, r ->
        {
            final Thread t = new Thread(r, "cql-responder");
            t.setDaemon(true);
            return t;
        });
        final ChannelGroup clients = new DefaultChannelGroup(loop.next());
        final Channel server = new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    clients.add(channel);
                    if (tls != null)
                    {
                        channel.pipeline().addLast(new OptionalSslHandler(tls));
                    }
                    channel.pipeline().addLast(new LengthFieldBasedFrameDecoder(256 << 20, LENGTH_OFFSET, 4),
                        new Responder(codec, replies, faults));
                }
            })
            .bind(address, port).sync().channel();
        return new CqlResponder(loop, ((InetSocketAddress)server.localAddress()).getPort(), clients);
    }

    private static SslContext tls(final Path keystore) throws Exception
    {
        final char[] password = "cassandra".toCharArray();
        final KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore))
        {
            store.load(in, password);
        }
        final KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, password);
        return SslContextBuilder.forServer(keys).sslProvider(SslProvider.JDK).build();
    }

    /**
     * Stops reading requests, as a server in a long pause does: what clients send waits in the socket buffers,
     * and is read and answered at once on resume().
     */
    public void pause()
    {
        clients.forEach(c -> c.config().setAutoRead(false));
    }

    public void resume()
    {
        clients.forEach(c -> c.config().setAutoRead(true));
    }

    /** The port it answers on. */
    public int port()
    {
        return port;
    }

    @Override
    public void close()
    {
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** Decodes one frame, writes its reply; flushes once per read batch, as a server under load would. */
    private static final class Responder extends SimpleChannelInboundHandler<ByteBuf>
    {
        private final FrameCodec<ByteBuf> codec;
        private final CannedReplies replies;
        private final Faults faults;

        Responder(final FrameCodec<ByteBuf> codec, final CannedReplies replies, final Faults faults)
        {
            this.codec = codec;
            this.replies = replies;
            this.faults = faults;
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final ByteBuf bytes)
        {
            final int version = bytes.getByte(bytes.readerIndex()) & 0x7F;
            final int stream = bytes.getShort(bytes.readerIndex() + 2);
            if (version > MAX_VERSION)
            {
                ctx.write(codec.encode(Frame.forResponse(MAX_VERSION, stream, null, Frame.NO_PAYLOAD, List.of(),
                    new Error(ProtocolConstants.ErrorCode.PROTOCOL_ERROR,
                        "Invalid or unsupported protocol version (" + version + "); supported versions are (3/v3, 4/v4)"))));
                return;
            }
            final Frame request = codec.decode(bytes);
            final Message reply = reply(request.message);
            if (reply != Faults.HOLD)
            {
                ctx.write(codec.encode(Frame.forResponse(request.protocolVersion, request.streamId, null,
                    Frame.NO_PAYLOAD, List.of(), reply)));
            }
        }

        private Message reply(final Message request)
        {
            Message fault = null;
            if (request instanceof Query query)
            {
                fault = faults.answer(query.query, query.options.positionalValues);
            }
            else if (request instanceof Execute execute)
            {
                fault = faults.answer(replies.statement(execute.queryId), execute.options.positionalValues);
            }
            return fault != null ? fault : replies.reply(request);
        }

        @Override
        public void channelReadComplete(final ChannelHandlerContext ctx)
        {
            ctx.flush();
        }
    }
}
