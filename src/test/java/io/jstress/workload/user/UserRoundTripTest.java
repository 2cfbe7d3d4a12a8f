package io.jstress.workload.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.jstress.run.Jstress;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

/**
 * Both ways against the test node: the rows jstress writes for a profile are the rows cassandra-stress 3.19.0
 * wrote for it, and the rows cassandra-stress wrote are validated by jstress's read-back query (and a corrupted
 * cell is caught). Each test uses its own keyspace, a copy of the profile renamed to it.
 */
@ExtendWith(SharedNode.class)
@Timeout(300)
class UserRoundTripTest
{
    private static final String PROFILES = "src/test/resources/user/profiles/";
    private static CqlSession session;
    @TempDir
    Path dir;

    @BeforeAll
    static void connect()
    {
        session = SharedNode.cluster().session();
    }

    @AfterAll
    static void close()
    {
        session.close();
    }

    @Test
    void jstressWritesTheRowsCassandraStressWrote() throws IOException
    {
        final Path profile = renamed("cqlstress-insanity-example.yaml", "stresscql", "jstress_rt_same");
        final Jstress run = Jstress.run("user profile=" + profile + " ops(insert=1) n=30 -rate threads=4");
        assertEquals(0, run.exitCode, run::toString);
        final GoldenRows golden = GoldenRows.load("insanity.rows");
        assertEquals(golden.lines(), sorted(TableDump.rows(session, "jstress_rt_same.insanitytest", golden)));
    }

    @Test
    void batchesOfStaticsSetsListsAndQuotedNamesWriteOnlyRowsOfTheirPartitions() throws IOException
    {
        final Path profile = renamed("acceptance.yaml", "jstress_acceptance", "jstress_rt_acc");
        final Jstress run = Jstress.run("user profile=" + profile + " ops(insert=1) n=200 -rate threads=4");
        assertEquals(0, run.exitCode, run::toString);
        final GoldenRows layout = GoldenRows.load("acc.rows");
        final List<String[]> rows = TableDump.rows(session, "jstress_rt_acc.events", layout);
        CassandraStressRowsTest.assertRowsWithinPartitions(CassandraStressRowsTest.model("acceptance.yaml",
            ClusteringLevel.Order.ARBITRARY), layout, rows, 200);
    }

    @Test
    void readBackQueriesValidateTheRowsCassandraStressWroteAndCatchACorruptCell() throws IOException
    {
        final Path profile = renamed("cqlstress-insanity-example.yaml", "stresscql", "jstress_rt_cs");
        session.execute("CREATE KEYSPACE IF NOT EXISTS jstress_rt_cs WITH replication = {'class': "
            + "'SimpleStrategy', 'replication_factor': 1}");
        session.execute(CassandraStressRowsTest.profile("cqlstress-insanity-example.yaml").tableCql().orElseThrow()
            .replace("CREATE TABLE insanitytest", "CREATE TABLE IF NOT EXISTS jstress_rt_cs.insanitytest"));
        final GoldenRows golden = GoldenRows.load("insanity.rows");
        load(golden, "jstress_rt_cs.insanitytest");

        final String read = "user profile=" + profile + " ops(simple1=1) n=40 no-warmup -pop seq=1..30 "
            + "-rate threads=2";
        final Jstress valid = Jstress.run(read);
        assertEquals(0, valid.exitCode, valid::toString);
        assertTrue(valid.resultsLine("Total errors").matches("Total errors\\s+:\\s+0 .*"), valid::toString);
        assertNotEquals(0, rows(valid), valid::toString);

        final PreparedStatement corruptOne = session.prepare("UPDATE jstress_rt_cs.insanitytest SET fval = 1.5 "
            + "WHERE name = ? AND choice = ? AND date = ?");
        for (final String[] row : golden.rows())
        {
            session.execute(corruptOne.boundStatementBuilder().setBytesUnsafe(0, bytes(row[0]))
                .setBytesUnsafe(1, bytes(row[1])).setBytesUnsafe(2, bytes(row[2])).build());
        }
        final Jstress corrupt = Jstress.run(read + " -errors ignore");
        assertEquals(0, corrupt.exitCode, corrupt::toString);
        assertTrue(!corrupt.resultsLine("Total errors").matches("Total errors\\s+:\\s+0 .*"), corrupt::toString);
    }

    private static long rows(final Jstress run)
    {
        return Long.parseLong(run.resultsLine("Row rate").replaceAll("^Row rate\\s+:\\s+([\\d,]+).*", "$1")
            .replace(",", ""));
    }

    /** Inserts a golden file's rows as they are, cell bytes and all. */
    private static void load(final GoldenRows golden, final String table)
    {
        final List<String> columns = golden.names().stream().map(InsertCql::quote).toList();
        final PreparedStatement insert = session.prepare("INSERT INTO " + table + " (" + String.join(", ", columns)
            + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)");
        for (final String[] row : golden.rows())
        {
            final BoundStatementBuilder b = insert.boundStatementBuilder();
            for (int i = 0; i < row.length; i++)
            {
                b.setBytesUnsafe(i, row[i].equals("-") ? null : bytes(row[i]));
            }
            session.execute(b.build());
        }
    }

    private static java.nio.ByteBuffer bytes(final String hex)
    {
        return java.nio.ByteBuffer.wrap(HexFormat.of().parseHex(hex));
    }

    private Path renamed(final String profile, final String keyspace, final String to) throws IOException
    {
        final Path copy = dir.resolve(profile);
        Files.writeString(copy, Files.readString(Path.of(PROFILES, profile), StandardCharsets.UTF_8)
            .replace(keyspace, to), StandardCharsets.UTF_8);
        return copy;
    }

    private static List<String> sorted(final List<String[]> rows)
    {
        return rows.stream().map(r -> String.join(",", r)).sorted().toList();
    }
}
