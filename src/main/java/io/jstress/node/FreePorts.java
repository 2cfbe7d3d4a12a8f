package io.jstress.node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Ports nobody listens on right now, so nodes from several test runs on one machine never collide. */
final class FreePorts
{
    private static final int ATTEMPTS = 200;

    private FreePorts()
    {
    }

    static int on(final String address)
    {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(address)))
        {
            return socket.getLocalPort();
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException("no free port on " + address, e);
        }
    }

    /** One port free on every address: the nodes of a ring share their storage port. */
    static int commonTo(final List<String> addresses)
    {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++)
        {
            final int port = ThreadLocalRandom.current().nextInt(20_000, 60_000);
            if (addresses.stream().allMatch(a -> free(a, port)))
            {
                return port;
            }
        }
        throw new IllegalStateException("no port free on all of " + addresses);
    }

    private static boolean free(final String address, final int port)
    {
        try (ServerSocket socket = new ServerSocket())
        {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return true;
        }
        catch (final IOException e)
        {
            return false;
        }
    }
}
