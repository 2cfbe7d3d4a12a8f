package io.jstress.node;

import java.io.IOException;

/**
 * The node JVM's main: starts Cassandra, and halts the JVM as soon as its parent (the loader or the test JVM)
 * is gone, however it died. The parent holds the write end of our stdin, so a read returns end-of-file the
 * moment the parent exits, even by SIGKILL. Linked to Cassandra only by name, so jstress compiles without it.
 */
public final class NodeMain
{
    private NodeMain()
    {
    }

    public static void main(final String[] args) throws Exception
    {
        final Thread watchdog = new Thread(() ->
        {
            try
            {
                while (System.in.read() >= 0)
                {
                    // the parent never writes; any byte is ignored
                }
            }
            catch (final IOException ignored)
            {
                // a broken pipe means the same as end-of-file
            }
            Runtime.getRuntime().halt(0);
        }, "jstress-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName("org.apache.cassandra.service.CassandraDaemon").getMethod("main", String[].class)
            .invoke(null, (Object)args);
    }
}
