package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.protocol.internal.util.Bytes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The predefined commands' keysize=, add= and clustering= act as in cassandra-stress 3.19.0: keys of that many
 * bytes with cassandra-stress's characters, counters incremented by draws of add=, and mixed ops in runs of one
 * type.
 */
@ExtendWith(SharedNode.class)
@Timeout(120)
class PredefinedCommandWordsTest
{
    @Test
    void keysizeWritesTheKeysAndRowsCassandraStressWritesAndReadsThemBack() throws IOException
    {
        final String data = "-pop seq=1..50 -schema keyspace=jstress_keysize";
        final Jstress write = Jstress.run("write n=50 keysize=20 no-warmup -rate threads=2 " + data);
        assertEquals(0, write.exitCode, write::toString);
        assertTrue(write.out.contains("  Key Size (bytes): 20\n"), write::toString);

        // dumped from a node cassandra-stress 3.19.0 wrote with: write n=50 keysize=20 no-warmup -pop seq=1..50
        final Map<String, String> expected = vectors("/vectors/cs-write-keysize20-seq1-50.csv");
        try (CqlSession session = TestNode.session())
        {
            final Map<String, String> written = new HashMap<>();
            for (final Row row : session.execute("SELECT key, \"C0\" FROM jstress_keysize.standard1"))
            {
                written.put(hex(row.getByteBuffer(0)), hex(row.getByteBuffer(1)));
            }
            assertEquals(expected, written);
        }

        final Jstress read = Jstress.run("read n=50 keysize=20 no-warmup -rate threads=2 " + data);
        assertEquals(0, read.exitCode, read::toString);
        assertTrue(read.resultsLine("Total partitions").matches("Total partitions\\s+:\\s+50 .*"), read::toString);
    }

    @Test
    void addIncrementsEveryCounterByADrawOfItsDistribution()
    {
        final String data = "no-warmup -pop seq=1..50 -rate threads=2";
        assertEquals(0, Jstress.run("counter_write n=50 add=FIXED(3) " + data
            + " -schema keyspace=jstress_add_fixed").exitCode);
        assertEquals(0, Jstress.run("counter_write n=50 add=uniform(2..4) " + data
            + " -schema keyspace=jstress_add_uniform").exitCode);

        // as cassandra-stress wrote them: every one of the 5 counters of the 50 rows is 3, or one of 2, 3 and 4
        assertEquals(Set.of(3L), counterValues("jstress_add_fixed"));
        assertEquals(Set.of(2L, 3L, 4L), counterValues("jstress_add_uniform"));
    }

    @Test
    void mixedKeepsOneOpTypeForARunOfClusteringOps(@TempDir final Path dir) throws IOException
    {
        final String data = "-pop seq=1..100 -schema keyspace=jstress_clustering";
        assertEquals(0, Jstress.run("write n=100 no-warmup " + data).exitCode);
        final Path json = dir.resolve("mixed.json");

        // one dispatcher draws one op type, then keeps it for the 1000 ops of its run: all 200 are of that type
        final Jstress mixed = Jstress.run("mixed n=200 clustering=FIXED(1000) no-warmup -rate threads=4 " + data
            + " -log json=" + json);

        assertEquals(0, mixed.exitCode, mixed::toString);
        assertTrue(mixed.out.contains("  Command Clustering Distribution: clustering=FIXED(1000)\n"), mixed::toString);
        final JsonNode ops = new ObjectMapper().readTree(json.toFile()).get("ops");
        final long reads = ops.path("READ").path("ops").asLong();
        final long writes = ops.path("WRITE").path("ops").asLong();
        assertEquals(200, reads + writes);
        assertTrue(reads == 0 || writes == 0, ops::toString);
        assertFalse(Jstress.run("mixed n=10 clustering=FIXED(0) " + data).exitCode == 0);
    }

    private static Set<Long> counterValues(final String keyspace)
    {
        final Set<Long> values = new TreeSet<>();
        try (CqlSession session = TestNode.session())
        {
            int rows = 0;
            for (final Row row : session.execute("SELECT \"C0\", \"C1\", \"C2\", \"C3\", \"C4\" FROM " + keyspace
                + ".counter1"))
            {
                for (int c = 0; c < 5; c++)
                {
                    values.add(row.getLong(c));
                }
                rows++;
            }
            assertEquals(50, rows);
        }
        return values;
    }

    /** key to C0, hex, from a CSV that cassandra-stress's rows were dumped to. */
    private static Map<String, String> vectors(final String resource) throws IOException
    {
        try (InputStream in = PredefinedCommandWordsTest.class.getResourceAsStream(resource))
        {
            final Map<String, String> rows = new HashMap<>();
            new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().skip(1)
                .map(l -> l.split(",")).forEach(cells -> rows.put(cells[0], cells[1]));
            return rows;
        }
    }

    private static String hex(final ByteBuffer bytes)
    {
        return HexFormat.of().formatHex(Bytes.getArray(bytes));
    }
}
