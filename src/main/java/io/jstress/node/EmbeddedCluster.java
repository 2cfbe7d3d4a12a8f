package io.jstress.node;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** PLACEHOLDER until the node branch lands. */
public final class EmbeddedCluster implements AutoCloseable
{
    public static EmbeddedCluster start(final int nodes, final boolean passwordAuth) throws IOException
    {
        throw new IOException("embedded nodes are not available yet");
    }

    public List<InetSocketAddress> contactPoints()
    {
        return List.of();
    }

    public Optional<String> user()
    {
        return Optional.empty();
    }

    public Optional<String> password()
    {
        return Optional.empty();
    }

    public String releaseVersion()
    {
        return "";
    }

    public Duration startupTime()
    {
        return Duration.ZERO;
    }

    @Override
    public void close()
    {
    }
}
