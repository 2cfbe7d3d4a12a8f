package io.jstress.run;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** jstress and cassandra-stress write the same rows, so each validates the other's data. */
@ExtendWith(SharedNode.class)
class CassandraStressDataTest
{
    private static CqlSession session;

    @BeforeAll
    static void connect()
    {
        session = TestNode.session();
    }

    @AfterAll
    static void close()
    {
        session.close();
    }

    @Test
    void jstressWritesExactlyTheRowsCassandraStressWrote() throws IOException
    {
        final Jstress run = Jstress.run("write n=50 no-warmup -pop seq=1..50 -rate threads=1 -schema keyspace=jstress_cs_same");
        assertEquals(0, run.exitCode, run::toString);

        final Map<String, String[]> expected = vectors();
        int rows = 0;
        for (final Row row : session.execute("SELECT key, \"C0\", \"C1\", \"C2\", \"C3\", \"C4\" FROM jstress_cs_same.standard1"))
        {
            final String key = hex(row.getByteBuffer(0));
            final String[] cells = expected.get(key);
            assertTrue(cells != null, "cassandra-stress wrote no row with key " + key);
            for (int c = 0; c < 5; c++)
            {
                assertEquals(cells[c + 1], hex(row.getByteBuffer(c + 1)), "key " + key + " C" + c);
            }
            rows++;
        }
        assertEquals(50, rows);
    }

    @Test
    void jstressValidatesRowsCassandraStressWrote() throws IOException
    {
        Jstress.run("write n=1 no-warmup -pop seq=1000001..1000001 -schema keyspace=jstress_cs_theirs");
        session.execute("TRUNCATE jstress_cs_theirs.standard1");
        final PreparedStatement insert = session.prepare("INSERT INTO jstress_cs_theirs.standard1 "
            + "(key, \"C0\", \"C1\", \"C2\", \"C3\", \"C4\") VALUES (?, ?, ?, ?, ?, ?)");
        for (final String[] cells : vectors().values())
        {
            final Object[] values = new Object[6];
            for (int i = 0; i < 6; i++)
            {
                values[i] = ByteBuffer.wrap(HexFormat.of().parseHex(cells[i]));
            }
            session.execute(insert.bind(values));
        }

        final Jstress read = Jstress.run("read n=50 no-warmup -pop seq=1..50 -rate threads=4 -schema keyspace=jstress_cs_theirs");

        assertEquals(0, read.exitCode, read::toString);
        assertTrue(read.resultsLine("Total errors").contains(" 0 [READ: 0]"), read::toString);
        assertTrue(read.resultsLine("Total partitions").contains("50 [READ: 50]"), read::toString);
    }

    /** The rows cassandra-stress 3.19.0 wrote for `write n=50 -pop seq=1..50`, by hex key. */
    private static Map<String, String[]> vectors() throws IOException
    {
        try (InputStream in = CassandraStressDataTest.class.getResourceAsStream("/vectors/cs-write-default-seq1-50.csv"))
        {
            final List<String> lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
            final Map<String, String[]> rows = new HashMap<>();
            for (final String line : lines.subList(1, lines.size()))
            {
                final String[] cells = line.split(",");
                rows.put(cells[0], cells);
            }
            return rows;
        }
    }

    private static String hex(final ByteBuffer b)
    {
        final byte[] bytes = new byte[b.remaining()];
        b.duplicate().get(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
