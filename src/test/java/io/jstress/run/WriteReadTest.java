package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** write, then read back and validate, against a real node: the core promise of a cassandra-stress drop-in. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedNode.class)
class WriteReadTest
{
    private static final String KS = "jstress_write_read";
    private static CqlSession session;

    @BeforeAll
    static void connect()
    {
        session = TestNode.session();
        session.execute("DROP KEYSPACE IF EXISTS " + KS);
    }

    @AfterAll
    static void close()
    {
        session.close();
    }

    @Test
    @Order(1)
    void writeOfNOpsLeavesExactlyNRowsAndReportsThem()
    {
        final Jstress run = Jstress.run("write n=10000 no-warmup -pop seq=1..10000 -rate threads=50 -schema keyspace=" + KS);

        assertEquals(0, run.exitCode, run::toString);
        assertEquals(10_000, session.execute("SELECT COUNT(*) FROM " + KS + ".standard1").one().getLong(0));
        assertTrue(run.resultsLine("Total partitions").matches("Total partitions {10}: {5}10,000 \\[WRITE: 10,000]"),
            run::toString);
        assertTrue(run.resultsLine("Total errors").matches("Total errors {14}: {10}0 \\[WRITE: 0]"), run::toString);
        assertEquals("END", run.out.strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    @Order(2)
    void readOfTheSameRangeValidatesEveryRow()
    {
        final Jstress run = Jstress.run("read n=10000 no-warmup -pop seq=1..10000 -rate threads=50 -schema keyspace=" + KS);

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.resultsLine("Total errors").contains(": " + " ".repeat(9) + "0 [READ: 0]"), run::toString);
        assertTrue(run.resultsLine("Total partitions").contains("10,000"), run::toString);
    }

    @Test
    @Order(3)
    void aRowChangedBehindJstressBackIsExactlyOneValidationError()
    {
        final Row any = session.execute("SELECT key FROM " + KS + ".standard1 LIMIT 1").one();
        final ByteBuffer key = any.getByteBuffer("key");
        session.execute(session.prepare("UPDATE " + KS + ".standard1 SET \"C2\" = 0xdeadbeef WHERE key = ?").bind(key));

        final Jstress run = Jstress.run(
            "read n=10000 no-warmup -pop seq=1..10000 -rate threads=50 -errors ignore -schema keyspace=" + KS);

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.resultsLine("Total errors").contains("1 [READ: 1]"), run::toString);
        assertEquals(1, run.err.lines().filter(l -> l.startsWith("Operation x10 on key(s) [")).count(), run::toString);
    }
}
