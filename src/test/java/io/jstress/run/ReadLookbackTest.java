package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

/**
 * -pop seq=a..b read-lookback=DIST, as cassandra-stress 3.19.0's LookbackableWriteGenerator: a mixed run's writes
 * take the sequence's keys in order, and its reads take only keys already written, so a run on an empty table reads
 * back every row it reads (a read of a row not there fails validation).
 */
@ExtendWith(SharedNode.class)
@Timeout(120)
class ReadLookbackTest
{
    @Test
    void readsTakeOnlyKeysTheRunHasWritten(@TempDir final Path dir) throws IOException
    {
        final String schema = " -schema keyspace=jstress_lookback";
        // key 1 alone is there: the look-back of a read made before any write completed wraps to the first key
        assertEquals(0, Jstress.run("write n=1 no-warmup -pop seq=1..1" + schema).exitCode);
        final Path json = dir.resolve("lookback.json");

        final Jstress run = Jstress.run("mixed ratio(write=1,read=1) n=2000 no-warmup -pop seq=1..2000 "
            + "read-lookback=uniform(1..20) -rate threads=8 -log json=" + json + schema);

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("  Read Look Back: Uniform:  min=1,max=20\n"), run::toString);
        assertTrue(run.err.lines().noneMatch(l -> l.startsWith("Operation x")), run::toString);
        final JsonNode ops = new ObjectMapper().readTree(json.toFile()).get("ops");
        final long reads = ops.get("READ").get("ops").asLong();
        final long writes = ops.get("WRITE").get("ops").asLong();
        assertTrue(reads > 0 && writes > 0, ops::toString);
        assertEquals(reads, ops.get("READ").get("partitions").asLong(), "every read found its row: " + ops);
        // the writes took keys 1, 2, 3 ... in order: the reads took none of them
        try (CqlSession session = TestNode.session())
        {
            assertEquals(writes, session.execute("SELECT key FROM jstress_lookback.standard1").all().size());
        }
    }
}
