package io.jstress.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest
{
    @Test
    void opIStartsAtT0PlusIOverRateExactly()
    {
        final Schedule s = new Schedule(1_000, 3);
        assertEquals(1_000, s.intendedNs(0));
        assertEquals(1_000 + 333_333_333, s.intendedNs(1));
        assertEquals(1_000 + 666_666_666, s.intendedNs(2));
        assertEquals(1_000 + 1_000_000_000, s.intendedNs(3));
        assertEquals(1_000 + 3_000_000_000_000L + 333_333_333, s.intendedNs(3_000 * 3 + 1));
    }

    @Test
    void theScheduleDoesNotDriftOverAnHour()
    {
        final Schedule s = new Schedule(0, 700_000);
        assertEquals(3_600_000_000_000L, s.intendedNs(700_000L * 3600));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 3, 7, 1000, 700_000, 1_000_000_000})
    void dueByCountsExactlyTheOpsWhoseIntendedStartHasPassed(final long rate)
    {
        final Schedule s = new Schedule(5_000, rate);
        assertEquals(0, s.dueBy(4_999));
        for (long i = 0; i < 2_000; i++)
        {
            final long t = s.intendedNs(i);
            assertEquals(i + 1, s.dueBy(t), "at the intended start of op " + i);
            assertTrue(s.dueBy(t - 1) <= i, "just before op " + i);
        }
    }
}
