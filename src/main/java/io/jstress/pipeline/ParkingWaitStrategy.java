package io.jstress.pipeline;

import com.lmax.disruptor.AlertException;
import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.TimeoutException;
import com.lmax.disruptor.WaitStrategy;

import java.util.concurrent.locks.LockSupport;

/**
 * The completion ring's wait strategy. Its producers are driver I/O threads, which must never take a lock or
 * wake anyone: publishing is a plain sequence store and nothing more. The stats thread pays instead, parking
 * briefly between looks; it only records, so a fraction of a millisecond of delay costs nothing. After timeoutNs
 * without a completion it reports a timeout, which is how an idle run still closes its intervals on time.
 */
final class ParkingWaitStrategy implements WaitStrategy
{
    private final long parkNs;
    private final long timeoutNs;

    ParkingWaitStrategy(final long parkNs, final long timeoutNs)
    {
        this.parkNs = parkNs;
        this.timeoutNs = timeoutNs;
    }

    @Override
    public long waitFor(final long sequence, final Sequence cursor, final Sequence dependentSequence,
        final SequenceBarrier barrier) throws AlertException, TimeoutException
    {
        final long deadline = System.nanoTime() + timeoutNs;
        long available;
        while ((available = dependentSequence.get()) < sequence)
        {
            barrier.checkAlert();
            if (System.nanoTime() >= deadline)
            {
                throw TimeoutException.INSTANCE;
            }
            LockSupport.parkNanos(parkNs);
        }
        return available;
    }

    @Override
    public void signalAllWhenBlocking()
    {
        // producers never signal: see the class comment
    }
}
