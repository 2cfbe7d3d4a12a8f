package io.jstress.pipeline;

import io.netty.channel.Channel;

import java.util.Arrays;

/**
 * The connections a dispatcher has written requests to since it last flushed. The driver's own coalescer wakes
 * a connection's I/O thread for the first write it sees; on a loader's busy core that thread then runs before
 * the dispatcher's next op, flushes one request and sleeps again, so each op cost an I/O wake-up (a futex and an
 * eventfd write from the dispatcher, an epoll return on the I/O thread). Held here, the writes of a dispatcher's
 * batch go out with one flush per connection. Owned by one dispatcher thread.
 */
final class WriteBatch
{
    /** A closed loop flushes at least this often, so the first op of a long batch does not wait for the last. */
    static final int MAX_HELD = 16;

    private Channel[] channels = new Channel[4];
    private int distinct;
    private int held;

    /** Records that a request was written to this channel and still needs its flush. */
    void hold(final Channel channel)
    {
        held++;
        for (int i = 0; i < distinct; i++)
        {
            if (channels[i] == channel)
            {
                return;
            }
        }
        if (distinct == channels.length)
        {
            channels = Arrays.copyOf(channels, 2 * distinct);
        }
        channels[distinct++] = channel;
    }

    int held()
    {
        return held;
    }

    /** Flushes every channel written to since the last flush: each wakes its I/O thread once. */
    void flush()
    {
        for (int i = 0; i < distinct; i++)
        {
            channels[i].flush();
            channels[i] = null;
        }
        distinct = 0;
        held = 0;
    }
}
