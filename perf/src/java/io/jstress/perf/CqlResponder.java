package io.jstress.perf;

import com.datastax.oss.driver.internal.core.protocol.ByteBufPrimitiveCodec;
import com.datastax.oss.protocol.internal.Compressor;
import com.datastax.oss.protocol.internal.Frame;
import com.datastax.oss.protocol.internal.FrameCodec;
import com.datastax.oss.protocol.internal.ProtocolConstants;
import com.datastax.oss.protocol.internal.response.Error;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;

/**
 * The smallest CQL server a driver connects to, on ONE Netty event loop: native-protocol v4 frames decoded
 * and encoded with the driver's own codec, each request answered at once from CannedReplies. A driver that
 * offers v5 is told to use v4, as Cassandra 3.11 does. Runs until killed. Given a PKCS12 keystore (password
 * "cassandra"), it also speaks TLS (the JDK's engine), recognising per connection whether the client sent a TLS
 * hello, so plain-text and TLS loaders can take turns against the same server.
 *
 * <pre>java -cp ... io.jstress.perf.CqlResponder [address [port [keystore.p12]]]</pre>
 */
public final class CqlResponder
{
    private static final int MAX_VERSION = ProtocolConstants.Version.V4;
    /** v3+ header: version, flags, stream (2), opcode, then the body length (4). */
    private static final int LENGTH_OFFSET = 5;

    private CqlResponder()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final InetAddress address = InetAddress.getByName(args.length > 0 ? args[0] : "127.0.77.1");
        final int port = args.length > 1 ? Integer.parseInt(args[1]) : 9042;
        final FrameCodec<ByteBuf> codec = FrameCodec.defaultServer(new ByteBufPrimitiveCodec(ByteBufAllocator.DEFAULT),
            Compressor.none());
        final CannedReplies replies = new CannedReplies(address);
        final SslContext tls = args.length > 2 ? tls(Path.of(args[2])) : null;
        final NioEventLoopGroup loop = new NioEventLoopGroup(1);
        new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    if (tls != null)
                    {
                        channel.pipeline().addLast(new OptionalSslHandler(tls));
                    }
                    channel.pipeline().addLast(new LengthFieldBasedFrameDecoder(256 << 20, LENGTH_OFFSET, 4),
                        new Responder(codec, replies));
                }
            })
            .bind(address, port).sync();
        System.out.println("ready " + address.getHostAddress() + ":" + port + (tls == null ? "" : " (and TLS)"));
        loop.terminationFuture().sync();
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

    /** Decodes one frame, writes its reply; flushes once per read batch, as a server under load would. */
    private static final class Responder extends SimpleChannelInboundHandler<ByteBuf>
    {
        private final FrameCodec<ByteBuf> codec;
        private final CannedReplies replies;

        Responder(final FrameCodec<ByteBuf> codec, final CannedReplies replies)
        {
            this.codec = codec;
            this.replies = replies;
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
            ctx.write(codec.encode(Frame.forResponse(request.protocolVersion, request.streamId, null, Frame.NO_PAYLOAD,
                List.of(), replies.reply(request.message))));
        }

        @Override
        public void channelReadComplete(final ChannelHandlerContext ctx)
        {
            ctx.flush();
        }
    }
}
