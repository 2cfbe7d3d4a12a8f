package io.jstress.run;

import com.datastax.oss.driver.api.core.CqlSession;

import java.net.InetSocketAddress;
import java.util.List;

/** The shared Cassandra node every run test talks to. */
public final class TestNode
{
    private TestNode()
    {
    }

    static String host()
    {
        return System.getProperty("jstress.test.host", "127.0.0.1");
    }

    static int port()
    {
        return Integer.getInteger("jstress.test.port", 9142);
    }

    static long pid()
    {
        return Long.getLong("jstress.test.pid", -1);
    }

    /** SIGSTOP: the node stops answering, as in a long GC pause. */
    static void pause() throws java.io.IOException, InterruptedException
    {
        signal("STOP");
    }

    static void resume() throws java.io.IOException, InterruptedException
    {
        signal("CONT");
    }

    private static void signal(final String name) throws java.io.IOException, InterruptedException
    {
        if (new ProcessBuilder("kill", "-" + name, Long.toString(pid())).start().waitFor() != 0)
        {
            throw new IllegalStateException("kill -" + name + " " + pid() + " failed");
        }
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
        return CqlSession.builder().addContactPoint(new InetSocketAddress(host(), port()))
            .withLocalDatacenter("datacenter1").withAuthCredentials("cassandra", "cassandra").build();
    }
}
