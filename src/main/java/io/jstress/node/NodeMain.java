package io.jstress.node;

import java.io.File;
import java.io.IOException;

/**
 * The node JVM's main: starts Cassandra, and halts the JVM as soon as its parent (the loader or the test JVM)
 * is gone, however it died. The parent holds the write end of our stdin, so a read returns end-of-file the
 * moment the parent exits, even by SIGKILL; the node's data dir (-Djstress.node=) is then deleted, since no one
 * else is left to. Linked to Cassandra only by name, so jstress compiles without it.
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
            // nobody is left to clean up after us: the node's files go with it
            final File dir = new File(System.getProperty("jstress.node"));
            deleteTree(dir);
            // the cluster's temp dir, once its last node is gone
            dir.getParentFile().delete();
            Runtime.getRuntime().halt(0);
        }, "jstress-parent-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Class.forName("org.apache.cassandra.service.CassandraDaemon").getMethod("main", String[].class)
            .invoke(null, (Object)args);
    }

    private static void deleteTree(final File file)
    {
        final File[] children = file.listFiles();
        if (children != null)
        {
            for (final File child : children)
            {
                deleteTree(child);
            }
        }
        file.delete();
    }
}
