package io.jstress.run;

import com.datastax.oss.driver.api.core.CqlSession;
import io.jstress.testing.SharedNode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;

/** The shared test node as the run tests address it: jstress words that point at it, a session, signals. */
final class TestNode
{
    private TestNode()
    {
    }

    private static InetSocketAddress address()
    {
        return SharedNode.cluster().contactPoints().get(0);
    }

    static String host()
    {
        return address().getHostString();
    }

    static int port()
    {
        return address().getPort();
    }

    /** SIGSTOP: the node stops answering, as in a long GC pause. */
    static void pause() throws IOException
    {
        SharedNode.cluster().pause(0);
    }

    static void resume() throws IOException
    {
        SharedNode.cluster().resume(0);
    }

    /** -node/-port (and, with credentials, -mode) words that point jstress at the node. */
    static List<String> args(final boolean withMode)
    {
        return withMode
            ? List.of("-node", host(), "-port", "native=" + port(), "-mode", "native", "cql3", "user=cassandra",
                "password=cassandra")
            : List.of("-node", host(), "-port", "native=" + port());
    }

    static CqlSession session()
    {
        return SharedNode.cluster().session();
    }
}
