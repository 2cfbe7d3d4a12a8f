package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * -col n=UNIFORM(1..5): each row gets its own column count, the first k columns with cassandra-stress's values,
 * and a read expects exactly what its row has, so one tampered cell is exactly one validation error.
 */
@ExtendWith(SharedNode.class)
@Timeout(180)
class VariableColumnCountTest
{
    private static final String DATA = "-col n=UNIFORM(1..5) -pop seq=1..300 -schema keyspace=jstress_ncols";

    @Test
    void rowsHaveOneToFiveColumnsThatReadValidatesToTheCell()
    {
        final Jstress write = Jstress.run("write n=300 no-warmup " + DATA);
        assertEquals(0, write.exitCode, write::toString);

        final TreeMap<Integer, Integer> rowsByCount = new TreeMap<>();
        ByteBuffer tamperKey = null;
        try (CqlSession session = TestNode.session())
        {
            for (final Row row : session.execute("SELECT key, \"C0\", \"C1\", \"C2\", \"C3\", \"C4\" FROM jstress_ncols.standard1"))
            {
                int count = 0;
                while (count < 5 && row.getBytesUnsafe(1 + count) != null)
                {
                    count++;
                }
                for (int c = count; c < 5; c++)
                {
                    assertTrue(row.getBytesUnsafe(1 + c) == null, "a row's columns are its first k: " + row.getFormattedContents());
                }
                rowsByCount.merge(count, 1, Integer::sum);
                if (count == 3 && tamperKey == null)
                {
                    tamperKey = row.getByteBuffer(0);
                }
            }
            assertEquals(Set.of(1, 2, 3, 4, 5), new TreeSet<>(rowsByCount.keySet()), rowsByCount::toString);
            assertEquals(300, rowsByCount.values().stream().mapToInt(Integer::intValue).sum());

            final Jstress clean = Jstress.run("read n=300 no-warmup -rate threads=8 -errors ignore retries=0 " + DATA);
            assertEquals(0, clean.exitCode, clean::toString);
            assertEquals("Total errors              :          0 [READ: 0]", clean.resultsLine("Total errors"));

            session.execute(session.prepare("UPDATE jstress_ncols.standard1 SET \"C1\" = 0xbad0 WHERE key = ?")
                .bind(tamperKey));
        }
        final Jstress tampered = Jstress.run("read n=300 no-warmup -rate threads=8 -errors ignore retries=0 " + DATA);
        assertEquals("Total errors              :          1 [READ: 1]", tampered.resultsLine("Total errors"),
            tampered::toString);
        assertEquals(1, tampered.err.lines().filter(l -> l.startsWith("Operation x1 on key(s)")).count(), tampered::toString);
        // -log level=minimal counts the error without its line
        final Jstress quiet = Jstress.run("read n=300 no-warmup -rate threads=8 -errors ignore retries=0 -log level=minimal " + DATA);
        assertEquals("Total errors              :          1 [READ: 1]", quiet.resultsLine("Total errors"), quiet::toString);
        assertTrue(quiet.err.lines().noneMatch(l -> l.startsWith("Operation x")), quiet::toString);
    }
}
