package io.jstress.pipeline;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.WaitStrategy;

import java.util.concurrent.locks.LockSupport;

/**
 * The completion ring's wait strategy. Its producers are driver I/O threads, which must never take a lock or
 * wake anyone: publishing is a plain sequence store and nothing more. The stats thread sleeps until its next
 * tick (timeoutNs), then records every completion that arrived meanwhile in one batch; it only records, so a
 * tick of delay costs nothing. The one thing waiting on it is a dispatcher with no free op context (each is
 * given back once its op is recorded), and such a dispatcher calls wake() first. So a fixed rate costs one
 * stats wake-up a tick rather than one per op, and a closed loop still gets its permits back at once.
 * After timeoutNs without a completion it reports a timeout, which is how an idle run closes its intervals on time.
 */
final class ParkingWaitStrategy implements WaitStrategy
{
    /** While a dispatcher waits for a context, the stats thread looks this often rather than once a tick. */
    private static final long WANTED_NS = 100_000;

    private final long timeoutNs;
    /** Set by a dispatcher with no free context; cleared once the stats thread has completions to record. */
    private volatile boolean wanted;
    /** The stats thread, once it has waited: the only consumer of the completion ring. */
    private volatile Thread consumer;

    ParkingWaitStrategy(final long timeoutNs)
    {
        this.timeoutNs = timeoutNs;
    }

    @Override
    public long waitFor(final long sequence, final Sequence cursor, final Sequence dependentSequence,
        final SequenceBarrier barrier) throws AlertException, TimeoutException
    {
        if (consumer == null)
        {
            consumer = Thread.currentThread();
        }
        final long deadline = System.nanoTime() + timeoutNs;
        long available;
        while ((available = dependentSequence.get()) < sequence)
        {
            barrier.checkAlert();
            final long left = deadline - System.nanoTime();
            if (left <= 0)
            {
                throw TimeoutException.INSTANCE;
            }
            // a wake() that came before this park makes it return at once (the permit), so none is lost; and the
            // completions the waiting dispatcher needs may not have arrived yet when it wakes us, so until they
            // do we look again soon instead of sleeping out the tick
            LockSupport.parkNanos(this, wanted ? Math.min(left, WANTED_NS) : left);
        }
        wanted = false;
        return available;
    }

    /** Has the stats thread look at the ring now rather than at its next tick: a dispatcher needs a context back. */
    void wake()
    {
        wanted = true;
        final Thread t = consumer;
        if (t != null)
        {
            LockSupport.unpark(t);
        }
    }

    @Override
    public void signalAllWhenBlocking()
    {
        // producers never signal: see the class comment
    }
}
