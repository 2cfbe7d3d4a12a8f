package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The DDL jstress issues, checked in system_schema: the seed plan's -schema and -col examples. */
@ExtendWith(SharedNode.class)
class SchemaAndColumnsTest
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
    void colNAndSizeGiveThatManyColumnsOfThatSize()
    {
        final Jstress run = Jstress.run("write n=100 no-warmup -col n=FIXED(3) size=FIXED(100) -schema keyspace=jstress_cols");

        assertEquals(0, run.exitCode, run::toString);
        final List<String> columns = session.execute(
            "SELECT column_name FROM system_schema.columns WHERE keyspace_name='jstress_cols' AND table_name='standard1'")
            .all().stream().map(r -> r.getString(0)).sorted().collect(Collectors.toList());
        assertEquals(List.of("C0", "C1", "C2", "key"), columns);
        final Row row = session.execute("SELECT \"C0\", \"C1\", \"C2\" FROM jstress_cols.standard1 LIMIT 1").one();
        for (int c = 0; c < 3; c++)
        {
            assertEquals(100, row.getByteBuffer(c).remaining());
        }
    }

    @Test
    void colTimestampWritesEveryCellWithThatTimestamp()
    {
        final Jstress run = Jstress.run("write n=20 no-warmup -col timestamp=1234567 -schema keyspace=jstress_ts");

        assertEquals(0, run.exitCode, run::toString);
        for (final Row row : session.execute("SELECT WRITETIME(\"C0\"), WRITETIME(\"C4\") FROM jstress_ts.standard1"))
        {
            assertEquals(1234567L, row.getLong(0));
            assertEquals(1234567L, row.getLong(1));
        }
        assertTrue(run.out.contains("  Timestamp: 1234567"), run.out);
    }

    @Test
    void replicationKeyspaceCompactionAndCompressionReachTheSchema()
    {
        final Jstress run = Jstress.run("write n=10 no-warmup -schema replication(replication_factor=1) keyspace=jstress_ddl "
            + "compaction(strategy=LeveledCompactionStrategy) compression=LZ4Compressor");

        assertEquals(0, run.exitCode, run::toString);
        final Row ks = session.execute("SELECT replication FROM system_schema.keyspaces WHERE keyspace_name='jstress_ddl'").one();
        final Map<String, String> replication = ks.getMap(0, String.class, String.class);
        assertEquals("org.apache.cassandra.locator.SimpleStrategy", replication.get("class"));
        assertEquals("1", replication.get("replication_factor"));
        final Row table = session.execute("SELECT compaction, compression FROM system_schema.tables "
            + "WHERE keyspace_name='jstress_ddl' AND table_name='standard1'").one();
        assertTrue(table.getMap(0, String.class, String.class).get("class").endsWith("LeveledCompactionStrategy"));
        assertTrue(table.getMap(1, String.class, String.class).get("class").endsWith("LZ4Compressor"));
    }

    @Test
    void networkTopologyWithPerDatacenterFactors()
    {
        final Jstress run = Jstress.run("write n=10 no-warmup "
            + "-schema replication(strategy=NetworkTopologyStrategy datacenter1=1) keyspace=jstress_nts");

        assertEquals(0, run.exitCode, run::toString);
        final Map<String, String> replication = session.execute(
            "SELECT replication FROM system_schema.keyspaces WHERE keyspace_name='jstress_nts'").one()
            .getMap(0, String.class, String.class);
        assertEquals("org.apache.cassandra.locator.NetworkTopologyStrategy", replication.get("class"));
        assertEquals("1", replication.get("datacenter1"));
    }
}
