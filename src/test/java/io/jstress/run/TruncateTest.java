package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/**
 * truncate= as cassandra-stress 3.19.0's StressAction: once empties the table after the warm-up, before the measured
 * run; always empties it before every step of a thread search, so the last step's counters hold only its own
 * increments.
 */
@ExtendWith(SharedNode.class)
@Timeout(120)
class TruncateTest
{
    @Test
    void truncateAlwaysEmptiesTheTableBeforeEachThreadCountStep()
    {
        final String data = "-pop seq=1..100 -schema keyspace=jstress_truncate_always";
        final Jstress run = Jstress.run("counter_write n=100 no-warmup truncate=always " + data
            + " -rate threads>=1 threads<=101");

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("Running with 1 threadCount") && run.out.contains("Running with 101 threadCount"),
            run::toString);
        // both steps incremented every counter once: without the TRUNCATE before the second, each would hold 2
        try (CqlSession session = TestNode.session())
        {
            final List<Row> rows = session.execute("SELECT \"C0\" FROM jstress_truncate_always.counter1").all();
            assertEquals(100, rows.size());
            assertTrue(rows.stream().allMatch(r -> r.getLong(0) == 1), () -> rows.stream()
                .map(r -> Long.toString(r.getLong(0))).distinct().toList().toString());
        }
    }

    @Test
    void truncateOnceEmptiesTheTableBeforeTheMeasuredRun()
    {
        final String keyspace = "-schema keyspace=jstress_truncate_once";
        assertEquals(0, Jstress.run("write n=50 no-warmup -pop seq=1..50 " + keyspace).exitCode);

        final Jstress run = Jstress.run("write n=10 truncate=once -pop seq=101..110 -rate threads=2 " + keyspace);

        assertEquals(0, run.exitCode, run::toString);
        try (CqlSession session = TestNode.session())
        {
            assertEquals(10, session.execute("SELECT key FROM jstress_truncate_once.standard1").all().size());
        }
    }
}
