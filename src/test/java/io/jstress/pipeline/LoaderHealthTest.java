package io.jstress.pipeline;

import com.lmax.disruptor.Sequence;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "behind its schedule" warning means the loader is late, never that the run is finishing. */
class LoaderHealthTest
{
    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @Test
    void theTailOfAFixedRateRunOfNOpsIsNotLateForOpsThatDoNotExist()
    {
        // n=1000 at 100/s: every op was taken by the dispatcher; the last ones are still in flight long after
        final Schedule schedule = new Schedule(0, 100);
        final Sequence dispatcher = new Sequence(999);
        final LoaderHealth health = new LoaderHealth(schedule, 1000, Long.MAX_VALUE, new Sequence[] {dispatcher},
            new ContextPool[0], 50);
        for (int second = 11; second <= 20; second++)
        {
            final long lag = health.lagNs(second * SECOND);
            assertEquals(0, lag, "at " + second + " s");
            assertFalse(health.loaderBound(lag, 3), "at " + second + " s");
        }
    }

    @Test
    void aTimedRunIsNotLateForOpsDueAfterItsDeadline()
    {
        final LoaderHealth health = new LoaderHealth(new Schedule(0, 100), Long.MAX_VALUE, 10 * SECOND,
            new Sequence[] {new Sequence(999)}, new ContextPool[0], 50);
        assertEquals(0, health.lagNs(13 * SECOND));
    }

    @Test
    void aLoaderThatFallsFurtherBehindWithPermitsToSpareIsStillCalledOut()
    {
        final Sequence dispatcher = new Sequence(99);
        final LoaderHealth health = new LoaderHealth(new Schedule(0, 100), 100_000, Long.MAX_VALUE,
            new Sequence[] {dispatcher}, new ContextPool[0], 50);
        boolean warned = false;
        for (int second = 2; second <= 6; second++)
        {
            // the dispatcher sends 50 ops a second where 100 come due
            dispatcher.set(second * 50L - 1);
            final long lag = health.lagNs(second * SECOND);
            assertTrue(lag > 0);
            warned |= health.loaderBound(lag, 3);
        }
        assertTrue(warned);
    }
}
