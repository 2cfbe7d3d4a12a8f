package io.jstress.pipeline;

import com.datastax.oss.driver.internal.core.channel.WriteCoalescer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPromise;

/**
 * The driver's write coalescer, aware of dispatchers. A request written on a dispatcher thread is queued on its
 * connection without waking the connection's I/O thread (Netty runs a write from another thread lazily), and
 * the dispatcher flushes its batch's connections before it sleeps (WriteBatch). Every other thread's writes (the
 * driver's own, retries) go through the driver's coalescer as before.
 */
final class BatchingWriteCoalescer implements WriteCoalescer
{
    private final WriteCoalescer others;

    BatchingWriteCoalescer(final WriteCoalescer others)
    {
        this.others = others;
    }

    @Override
    public ChannelFuture writeAndFlush(final Channel channel, final Object message)
    {
        if (Thread.currentThread() instanceof DispatchThread dispatcher)
        {
            final ChannelPromise promise = channel.newPromise();
            channel.write(message, promise);
            dispatcher.writes().hold(channel);
            return promise;
        }
        return others.writeAndFlush(channel, message);
    }
}
