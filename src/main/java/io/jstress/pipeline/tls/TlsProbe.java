package io.jstress.pipeline.tls;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/**
 * Asks a node that cut off a plain-text client whether it speaks TLS: it sends a TLS ClientHello and looks at the
 * first bytes of the answer. A TLS record header (handshake or alert, version 3.x) means yes. Nothing is trusted or
 * sent beyond the hello; only used to word an error once the run has already failed.
 */
final class TlsProbe
{
    private static final int TIMEOUT_MS = 2000;
    private static final int HANDSHAKE_RECORD = 0x16;
    private static final int ALERT_RECORD = 0x15;
    private static final int TLS_MAJOR_VERSION = 0x03;

    private TlsProbe()
    {
    }

    static boolean speaksTls(final InetSocketAddress address)
    {
        try (Socket socket = new Socket())
        {
            socket.connect(address, TIMEOUT_MS);
            socket.setSoTimeout(TIMEOUT_MS);
            socket.getOutputStream().write(clientHello(address));
            final InputStream in = socket.getInputStream();
            final int type = in.read();
            return (type == HANDSHAKE_RECORD || type == ALERT_RECORD) && in.read() == TLS_MAJOR_VERSION;
        }
        catch (final IOException | GeneralSecurityException e)
        {
            return false;
        }
    }

    private static byte[] clientHello(final InetSocketAddress address) throws IOException, GeneralSecurityException
    {
        final SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, null, null);
        final SSLEngine engine = context.createSSLEngine(address.getHostString(), address.getPort());
        engine.setUseClientMode(true);
        engine.beginHandshake();
        final ByteBuffer hello = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
        engine.wrap(ByteBuffer.allocate(0), hello);
        final byte[] bytes = new byte[hello.flip().remaining()];
        hello.get(bytes);
        return bytes;
    }
}
