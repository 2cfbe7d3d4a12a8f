package io.jstress.testing;

import io.jstress.node.EmbeddedCluster;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real Cassandra node (password auth on) for the whole test run, started on first use and stopped when
 * the run ends. Use it as:
 *
 * <pre>
 * &#64;ExtendWith(SharedNode.class)
 * class SomeTest {
 *     &#64;Test void x() { try (CqlSession s = SharedNode.cluster().session()) { ... } }
 * }
 * </pre>
 */
public final class SharedNode implements BeforeAllCallback
{
    private static EmbeddedCluster cluster;

    @Override
    public void beforeAll(final ExtensionContext context)
    {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
            .getOrComputeIfAbsent(SharedNode.class, k -> new Resource(), Resource.class);
    }

    /** The shared node; started by the extension before any test of an annotated class runs. */
    public static synchronized EmbeddedCluster cluster()
    {
        if (cluster == null)
        {
            try
            {
                cluster = EmbeddedCluster.start(1, true);
            }
            catch (final IOException e)
            {
                throw new UncheckedIOException(e);
            }
            System.out.printf("shared Cassandra %s node started in %.1f s%n", cluster.releaseVersion(),
                cluster.startupTime().toMillis() / 1000.0);
        }
        return cluster;
    }

    /** Stops the node when JUnit closes the root store, at the end of the run. */
    private static final class Resource implements ExtensionContext.Store.CloseableResource
    {
        Resource()
        {
            cluster();
        }

        @Override
        public void close()
        {
            synchronized (SharedNode.class)
            {
                if (cluster != null)
                {
                    cluster.close();
                    cluster = null;
                }
            }
        }
    }
}
