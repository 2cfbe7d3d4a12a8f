package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.session.ProgrammaticArguments;
import com.datastax.oss.driver.internal.core.channel.DefaultWriteCoalescer;
import com.datastax.oss.driver.internal.core.channel.WriteCoalescer;
import com.datastax.oss.driver.internal.core.context.DefaultDriverContext;
import com.datastax.oss.driver.internal.core.context.NettyOptions;
import io.netty.channel.epoll.Epoll;

/**
 * A session builder whose driver context writes through BatchingWriteCoalescer. The context's factory methods
 * are the driver's documented way to replace one of its components; the coalescer is an internal interface,
 * which is why the driver's version is pinned.
 */
final class BatchingSessionBuilder extends CqlSessionBuilder
{
    @Override
    protected DriverContext buildContext(final DriverConfigLoader configLoader,
        final ProgrammaticArguments programmaticArguments)
    {
        return new DefaultDriverContext(configLoader, programmaticArguments)
        {
            @Override
            protected NettyOptions buildNettyOptions()
            {
                final NettyOptions driver = super.buildNettyOptions();
                return Epoll.isAvailable() ? new EpollNettyOptions(this, driver) : driver;
            }

            @Override
            protected WriteCoalescer buildWriteCoalescer()
            {
                return new BatchingWriteCoalescer(new DefaultWriteCoalescer(this));
            }
        };
    }
}
