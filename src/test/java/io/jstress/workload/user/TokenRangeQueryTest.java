package io.jstress.workload.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;

/**
 * A profile's token_range_queries run as ops of ops(...), as cassandra-stress 3.19.0 runs them: an op reads one
 * page of one token range, counting its rows and the partitions new in the range; without -tokenrange wrap the
 * run ends once the ring was read, with it the ring is read again until n=; split-factor= splits every range.
 * Against the real node, the ring read back holds every row written.
 */
@ExtendWith(SharedNode.class)
@Timeout(300)
class TokenRangeQueryTest
{
    private static final int PARTITIONS = 300;
    private static final int ROWS_EACH = 4;
    private static CqlSession session;
    private static Path profile;
    @TempDir
    static Path dir;

    @BeforeAll
    static void writeThePartitions() throws IOException
    {
        session = SharedNode.cluster().session();
        profile = dir.resolve("ring.yaml");
        Files.writeString(profile, """
            keyspace: jstress_ring
            keyspace_definition: |
              CREATE KEYSPACE jstress_ring WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};
            table: wide
            table_definition: |
              CREATE TABLE wide (k text, c int, v text, PRIMARY KEY (k, c))
            columnspec:
              - name: k
                size: fixed(8)
              - name: c
                cluster: fixed(%d)
            insert:
              batchtype: UNLOGGED
            queries:
              one:
                cql: select * from wide where k = ?
            token_range_queries:
              everything:
                columns: '*'
                page_size: 250
              keys_only:
                columns: k
                page_size: 100000
            """.formatted(ROWS_EACH), StandardCharsets.UTF_8);
        final Jstress write = Jstress.run("user profile=" + profile + " ops(insert=1) n=" + PARTITIONS
            + " no-warmup -rate threads=4");
        assertEquals(0, write.exitCode, write::toString);
    }

    @AfterAll
    static void close()
    {
        session.close();
    }

    @Test
    void theRingReadBackHoldsEveryRowWrittenAndTheRunEndsThere() throws IOException
    {
        final long rows = session.execute("SELECT count(*) FROM jstress_ring.wide").one().getLong(0);
        assertEquals((long)PARTITIONS * ROWS_EACH, rows);
        // n= is far more than the pages there are: without wrap the run ends once every range was read
        final JsonNode op = run("ops(everything=1) n=100000 no-warmup -rate threads=3", "everything");
        assertEquals(rows, op.get("rows").asLong(), op::toPrettyString);
        assertEquals(PARTITIONS, op.get("partitions").asLong(), op::toPrettyString);
        // a page holds at most 250 rows: ranges with more take more than one op
        assertTrue(op.get("ops").asLong() >= Math.max(ranges(), rows / 250), op::toPrettyString);
        assertEquals(0, op.get("errors").asLong(), op::toPrettyString);
    }

    @Test
    void eachOpReadsOnePageAndSplitFactorSplitsEveryRange() throws IOException
    {
        // one page takes a whole range here: an op per range, and per part of a range once each is split in four
        final JsonNode whole = run("ops(keys_only=1) n=100000 no-warmup -rate threads=2", "keys_only");
        assertEquals(ranges(), whole.get("ops").asLong(), whole::toPrettyString);
        final JsonNode split = run("ops(keys_only=1) n=100000 no-warmup -rate threads=2 -tokenrange split-factor=4",
            "keys_only");
        assertEquals(4 * ranges(), split.get("ops").asLong(), split::toPrettyString);
        assertEquals(PARTITIONS * ROWS_EACH, split.get("rows").asLong(), split::toPrettyString);
    }

    @Test
    void wrapReadsTheRingAgainUntilN() throws IOException
    {
        final long n = 3 * ranges();
        final JsonNode op = run("ops(keys_only=1) n=" + n + " no-warmup -rate threads=1 -tokenrange wrap",
            "keys_only");
        assertEquals(n, op.get("ops").asLong(), op::toPrettyString);
        // the ring three times: each partition counted again in each round
        assertEquals(3 * PARTITIONS, op.get("partitions").asLong(), op::toPrettyString);
    }

    @Test
    void mixedWithQueriesAndWarmedUpTheRingIsStillReadWhole() throws IOException
    {
        final Jstress run = Jstress.run("user profile=" + profile + " ops(everything=1,one=1) n=2000 "
            + "-rate threads=2 -log json=" + dir.resolve("mixed.json"));
        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("Warming up everything with "), run::toString);
        final JsonNode op = new ObjectMapper().readTree(dir.resolve("mixed.json").toFile()).at("/ops/everything");
        assertEquals(PARTITIONS * ROWS_EACH, op.get("rows").asLong(), op::toPrettyString);
    }

    @Test
    void predefinedCommandsIgnoreTokenRangeWithOneWarning()
    {
        final Jstress run = Jstress.run("write n=10 no-warmup -rate threads=1 -tokenrange wrap split-factor=2");
        assertEquals(0, run.exitCode, run::toString);
        assertEquals(List.of("WARNING: -tokenrange is accepted for compatibility and ignored: it walks a user "
                + "profile's token range queries, and cassandra-stress ignores it for write too"),
            run.err.lines().filter(l -> l.contains("-tokenrange")).toList(), run::toString);
    }

    /** The op's entry in the JSON summary of `jstress user profile=ring.yaml words`. */
    private static JsonNode run(final String words, final String op) throws IOException
    {
        final Path json = Files.createTempFile(dir, "run", ".json");
        final Jstress run = Jstress.run("user profile=" + profile + " " + words + " -log json=" + json);
        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("\nEND\n"), run::toString);
        return new ObjectMapper().readTree(json.toFile()).at("/ops/" + op);
    }

    /** The node's token ranges, the one that wraps around the ring counted as two, as cassandra-stress reads them. */
    private static long ranges()
    {
        return session.getMetadata().getTokenMap().orElseThrow().getTokenRanges().stream()
            .mapToLong(r -> r.unwrap().size()).sum();
    }
}
