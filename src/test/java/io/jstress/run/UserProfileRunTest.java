package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** cassandra-stress's user profiles run to END against a real node, and print what cassandra-stress prints. */
@ExtendWith(SharedNode.class)
@Timeout(600)
class UserProfileRunTest
{
    private static final String PROFILES = "src/test/resources/user/profiles/";

    @TempDir
    Path dir;

    /**
     * Every example profile of cassandra-stress 3.19.0 (and the blog post profile of its tests), all ops at once;
     * and, beyond cassandra-stress, a table of maps, tuples, a user type created in extra_definitions and a list of
     * sets. The queries check what they read back.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        cqlstress-example.yaml                 | insert=1,simple1=1,range1=1
        cqlstress-example-specA.yaml           | insert=1,simple1=1,range1=1
        cqlstress-insanity-example.yaml        | insert=1,simple1=1
        cqlstress-counter-example.yaml         | insert=1,simple1=1
        cqlstress-counter-example-specB.yaml   | insert=1,simple1=1
        cqlstress-blogpost.yaml                | insert=1,singlepost=1,timeline=1
        maps-tuples-types.yaml                 | insert=1,q1=1
        """)
    void everyExampleProfileRunsToEndWithoutErrors(final String profile, final String ops)
    {
        final Jstress run = Jstress.run("user profile=" + PROFILES + profile + " ops(" + ops + ") n=80 no-warmup "
            + "clustering=fixed(1) -rate threads=4");
        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("\nEND\n"), run::toString);
        assertNoErrors(run);
    }

    @Test
    void lwtBatchesStaticsCollectionsTtlViewsAndIndexesRunToEnd() throws IOException
    {
        final Path json = dir.resolve("run.json");
        final String ops = "insert=1,read1=1,range1=1,lwtinsert=1,lwtupdate=1,lwtexists=1,ttlinsert=1,audit=1,alter=1";
        final Jstress run = Jstress.run("user profile=" + PROFILES + "acceptance.yaml ops(" + ops + ") n=400 "
            + "clustering=fixed(1) serial-cl=LOCAL_SERIAL -rate threads=4 -log json=" + json);
        assertEquals(0, run.exitCode, run::toString);
        assertNoErrors(run);
        final JsonNode summary = new ObjectMapper().readTree(json.toFile());
        for (final String op : List.of("insert", "read1", "range1", "lwtinsert", "lwtupdate", "lwtexists", "ttlinsert",
            "audit", "alter"))
        {
            assertTrue(summary.at("/ops/" + op + "/ops").asLong() > 0, () -> op + " never ran:\n" + run);
            assertEquals(0, summary.at("/ops/" + op + "/errors").asLong(), op);
        }
        // a row inserted IF NOT EXISTS is there the next time: most of those LWTs are not applied
        assertTrue(summary.at("/ops/lwtinsert/not_applied").asLong() > 0, summary::toPrettyString);
        assertEquals(0, summary.at("/ops/insert/not_applied").asLong());
    }

    @Test
    void outputNamesEachOpAsCassandraStressDoes() throws IOException
    {
        final Path hdr = dir.resolve("run.hdr");
        final Jstress run = Jstress.run("user profile=" + PROFILES + "cqlstress-insanity-example.yaml "
            + "ops(simple1=1,insert=1) n=40 clustering=fixed(1) -rate threads=2 -log hdrfile=" + hdr);
        assertEquals(0, run.exitCode, run::toString);
        final List<String> lines = run.out.lines().toList();
        assertTrue(lines.contains("Generating batches with [1..1] partitions and [1..20] rows (of [1..20] total rows "
            + "in the partitions)"), run::toString);
        // warm-ups in the order ops(...) gives them, a quarter of n each; the Running line lists the ops as given
        final int simple = lines.indexOf("Warming up simple1 with 10 iterations...");
        final int insert = lines.indexOf("Warming up insert with 10 iterations...");
        assertTrue(simple >= 0 && insert > simple, run::toString);
        assertTrue(lines.contains("Running [simple1, insert] with 2 threads for 40 iteration"), run::toString);
        // rows per op in alphabetical order, then total; Results brackets likewise
        final int insertRow = indexOf(lines, "insert,");
        assertTrue(insertRow > 0 && lines.get(insertRow + 1).startsWith("simple1,")
            && lines.get(insertRow + 2).startsWith("total,"), run::toString);
        assertTrue(run.resultsLine("Op rate").matches("Op rate\\s+:\\s+[\\d,]+ op/s  \\[insert: [\\d,]+ op/s, "
            + "simple1: [\\d,]+ op/s\\]"), run::toString);
        final String log = Files.readString(hdr, StandardCharsets.UTF_8);
        assertTrue(log.contains("Tag=insert-st,") && log.contains("Tag=simple1-st,"), log);
    }

    @Test
    void nCountsPartitionsAndTheSecondProfilesOpsAreNamedBySpecname() throws IOException
    {
        final Path profile = dir.resolve("four.yaml");
        Files.writeString(profile, Files.readString(Path.of(PROFILES, "cqlstress-counter-example-specB.yaml"),
            StandardCharsets.UTF_8).replace("partitions: fixed(1)", "partitions: fixed(4)")
            .replace("batchtype: LOGGED", "batchtype: COUNTER")
            .replace("beta_workload", "four_workload"), StandardCharsets.UTF_8);
        // 100 partitions, 4 a batch: 25 inserts, as cassandra-stress counts n=
        final Jstress four = Jstress.run("user profile=" + profile + " ops(insert=1) n=100 no-warmup -rate threads=2");
        assertEquals(0, four.exitCode, four::toString);
        assertTrue(four.resultsLine("Total partitions").matches("Total partitions\\s+:\\s+100 \\[insert: 100\\]"),
            four::toString);
        assertTrue(four.out.lines().anyMatch(l -> l.matches("total,\\s+25,.*")), four::toString);

        final Jstress two = Jstress.run("user profile=" + PROFILES + "cqlstress-example-specA.yaml," + profile
            + " ops(insert=1,four_workload.insert=1) n=60 no-warmup -rate threads=2");
        assertEquals(0, two.exitCode, two::toString);
        assertTrue(two.resultsLine("Total errors").contains("[four_workload.insert: 0, insert: 0]"), two::toString);
    }

    private static int indexOf(final List<String> lines, final String prefix)
    {
        for (int i = 0; i < lines.size(); i++)
        {
            if (lines.get(i).startsWith(prefix))
            {
                return i;
            }
        }
        return -1;
    }

    private static void assertNoErrors(final Jstress run)
    {
        assertTrue(run.resultsLine("Total errors").matches("Total errors\\s+:\\s+0 .*"), run::toString);
    }
}
