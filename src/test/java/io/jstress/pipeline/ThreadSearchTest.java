package io.jstress.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Auto mode's thread counts are cassandra-stress's: +100 below 500, then x1.2 below 1500, then x1.1. */
class ThreadSearchTest
{
    @Test
    void threadCountsFollowCassandraStressesSequence()
    {
        final List<Integer> counts = new ArrayList<>();
        for (int t = 4; t <= 2000; t = ThreadSearch.next(t))
        {
            counts.add(t);
        }
        assertEquals(List.of(4, 104, 204, 304, 404, 504, 604, 724, 868, 1041, 1249, 1498, 1797, 1976), counts);
    }
}
