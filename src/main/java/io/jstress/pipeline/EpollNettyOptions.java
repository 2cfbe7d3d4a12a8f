package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.internal.core.context.InternalDriverContext;
import com.datastax.oss.driver.internal.core.context.NettyOptions;
import com.datastax.oss.driver.internal.core.util.concurrent.BlockingOperation;
import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.epoll.EpollEventLoopGroup;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.util.Timer;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.netty.util.concurrent.GenericFutureListener;
import io.netty.util.concurrent.Promise;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The driver's Netty options with Netty's native epoll transport for the connections. With the JDK's selector,
 * waking an I/O thread takes the selector's lock while writing its eventfd; on a loader's busy core the woken
 * I/O thread runs at once, finds the lock still held and sleeps again, so every flush from a dispatcher cost the
 * I/O thread two wake-ups. Netty's epoll loop is woken by a plain eventfd write. Everything else (the admin
 * group, the timer, the socket options, the allocator) is the driver's own.
 */
final class EpollNettyOptions implements NettyOptions
{
    private final NettyOptions driver;
    private final EpollEventLoopGroup io;
    private final long quietPeriod;
    private final long timeout;
    private final TimeUnit unit;

    EpollNettyOptions(final InternalDriverContext context, final NettyOptions driver)
    {
        this.driver = driver;
        final DriverExecutionProfile config = context.getConfig().getDefaultProfile();
        final int size = config.getInt(DefaultDriverOption.NETTY_IO_SIZE);
        quietPeriod = config.getInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD);
        timeout = config.getInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_TIMEOUT);
        unit = TimeUnit.valueOf(config.getString(DefaultDriverOption.NETTY_IO_SHUTDOWN_UNIT));
        io = new EpollEventLoopGroup(size > 0 ? size : Runtime.getRuntime().availableProcessors() * 2,
            named(context.getSessionName() + "-io-"));
    }

    /** The driver's thread kind (it refuses blocking calls on its own threads), with the driver's names. */
    private static ThreadFactory named(final String prefix)
    {
        final ThreadFactory safe = new BlockingOperation.SafeThreadFactory();
        final AtomicInteger next = new AtomicInteger();
        return r ->
        {
            final Thread t = safe.newThread(r);
            t.setName(prefix + next.getAndIncrement());
            return t;
        };
    }

    @Override
    public EventLoopGroup ioEventLoopGroup()
    {
        return io;
    }

    @Override
    public Class<? extends Channel> channelClass()
    {
        return EpollSocketChannel.class;
    }

    @Override
    public EventExecutorGroup adminEventExecutorGroup()
    {
        return driver.adminEventExecutorGroup();
    }

    @Override
    public ByteBufAllocator allocator()
    {
        return driver.allocator();
    }

    @Override
    public void afterBootstrapInitialized(final Bootstrap bootstrap)
    {
        driver.afterBootstrapInitialized(bootstrap);
    }

    @Override
    public void afterChannelInitialized(final Channel channel)
    {
        driver.afterChannelInitialized(channel);
    }

    @Override
    public Future<Void> onClose()
    {
        final Promise<Void> closed = GlobalEventExecutor.INSTANCE.newPromise();
        final AtomicInteger open = new AtomicInteger(2);
        final GenericFutureListener<Future<Object>> oneClosed = f ->
        {
            if (open.decrementAndGet() == 0)
            {
                closed.trySuccess(null);
            }
        };
        io.shutdownGracefully(quietPeriod, timeout, unit).addListener(oneClosed);
        driver.onClose().addListener(oneClosed);
        return closed;
    }

    @Override
    public Timer getTimer()
    {
        return driver.getTimer();
    }
}
