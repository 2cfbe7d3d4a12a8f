package io.jstress.report;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/**
 * Collects the loader's own GC pauses from the JVM's notifications. cassandra-stress fills its GC columns from
 * the nodes' JMX; jstress reports the loader's, because a loader pause is what a user must see before trusting
 * a latency. Notifications arrive on a JMX thread and the stats thread drains them once per interval, so the
 * lock here is never on the per-operation path.
 */
public final class GcMonitor implements NotificationListener, AutoCloseable
{
    private final Accumulator interval = new Accumulator();
    private final Accumulator total = new Accumulator();

    public GcMonitor()
    {
        for (final GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans())
        {
            if (bean instanceof NotificationEmitter emitter)
            {
                emitter.addNotificationListener(this, null, null);
            }
        }
    }

    @Override
    public void handleNotification(final Notification notification, final Object handback)
    {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType()))
        {
            return;
        }
        final GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData)notification.getUserData()).getGcInfo();
        long freed = 0;
        for (final var entry : info.getMemoryUsageBeforeGc().entrySet())
        {
            final MemoryUsage after = info.getMemoryUsageAfterGc().get(entry.getKey());
            freed += Math.max(0, entry.getValue().getUsed() - (after == null ? 0 : after.getUsed()));
        }
        synchronized (this)
        {
            interval.add(info.getDuration(), freed);
            total.add(info.getDuration(), freed);
        }
    }

    /** The collections since the last call. */
    public synchronized GcStats drainInterval()
    {
        final GcStats stats = interval.stats();
        interval.reset();
        return stats;
    }

    public synchronized GcStats total()
    {
        return total.stats();
    }

    @Override
    public void close()
    {
        for (final GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans())
        {
            if (bean instanceof NotificationEmitter emitter)
            {
                try
                {
                    emitter.removeNotificationListener(this);
                }
                catch (final javax.management.ListenerNotFoundException ignored)
                {
                    // never registered on this bean
                }
            }
        }
    }

    private static final class Accumulator
    {
        long count;
        double maxMs;
        double sumMs;
        double sumSquaresMs;
        double bytes;

        void add(final double ms, final long freed)
        {
            count++;
            maxMs = Math.max(maxMs, ms);
            sumMs += ms;
            sumSquaresMs += ms * ms;
            bytes += freed;
        }

        void reset()
        {
            count = 0;
            maxMs = 0;
            sumMs = 0;
            sumSquaresMs = 0;
            bytes = 0;
        }

        GcStats stats()
        {
            final double mean = count == 0 ? 0 : sumMs / count;
            final double sdv = count == 0 ? 0 : Math.sqrt(Math.max(0, sumSquaresMs / count - mean * mean));
            return new GcStats(count, maxMs, sumMs, sdv, bytes);
        }
    }
}
