package io.jstress.workload.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.datastax.oss.driver.api.core.CqlSession;
import io.jstress.cli.StressCommandLine;
import io.jstress.run.Jstress;
import io.jstress.settings.Consistency;
import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.RatioSpec;
import io.jstress.settings.UserProfile;
import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * -insert overrides every user profile's insert section for the user command, with cassandra-stress 3.19.0's
 * precedence (a word given, then the profile's key, then the default; consistency levels then fall back to cl=),
 * and writes the rows cassandra-stress writes with it. The predefined commands ignore it with one warning.
 */
@ExtendWith(SharedNode.class)
@Timeout(300)
class InsertOptionTest
{
    private static final String PROFILES = "src/test/resources/user/profiles/";
    @TempDir
    Path dir;

    @Test
    void wordsGivenWinOverTheProfileAndTheProfileOverTheDefaults() throws IOException
    {
        final Path profile = profile("insert:\n  partitions: fixed(3)\n  select: fixed(1)/2\n  row-population: "
            + "fixed(1)/4\n  batchtype: UNLOGGED\n  consistencyLevel: QUORUM\n  serialConsistencyLevel: LOCAL_SERIAL\n");
        final UserProfile.InsertSpec fromProfile = insert(profile, "");
        assertEquals(DistributionSpec.of(new Distribution.Fixed(3)), fromProfile.partitions());
        assertEquals(new RatioSpec(DistributionSpec.of(new Distribution.Fixed(1)), 2), fromProfile.select());
        assertEquals(UserProfile.BatchType.UNLOGGED, fromProfile.batchType());
        assertEquals(Optional.of(Consistency.QUORUM), fromProfile.consistency());
        assertEquals(Optional.of(Consistency.LOCAL_SERIAL), fromProfile.serialConsistency());
        // as in cassandra-stress, -insert's row-population-ratio default (every column) wins over the profile's
        assertEquals(new RatioSpec(DistributionSpec.of(new Distribution.Fixed(1)), 1), fromProfile.rowPopulation());

        final UserProfile.InsertSpec given = insert(profile, "-insert partitions=uniform(1..5) select-ratio=fixed(1)/10 "
            + "row-population-ratio=fixed(1)/3 batchtype=logged cl=ONE serial-cl=SERIAL");
        assertEquals(DistributionSpec.of(new Distribution.Uniform(1, 5)), given.partitions());
        assertEquals(new RatioSpec(DistributionSpec.of(new Distribution.Fixed(1)), 10), given.select());
        assertEquals(new RatioSpec(DistributionSpec.of(new Distribution.Fixed(1)), 3), given.rowPopulation());
        assertEquals(UserProfile.BatchType.LOGGED, given.batchType());
        assertEquals(Optional.of(Consistency.ONE), given.consistency());
        assertEquals(Optional.of(Consistency.SERIAL), given.serialConsistency());
    }

    @Test
    void rowPopulationRatioWritesTheColumnsCassandraStressWritesAndLeavesTheRestNull() throws IOException
    {
        // dumped after `cassandra-stress user profile=rowpop.yaml ops(insert=1) n=20
        // -insert row-population-ratio=fixed(1)/2`: of five value columns, the first two (k/5 <= 1/2) are written
        // (the columns in the node's order, as the driver lists them: "Gamma", alpha, beta, mid, zeta)
        final GoldenRows golden = GoldenRows.load("rowpop-insert-half.rows");
        final Path profile = renamed("rowpop.yaml", "jstress_rowpop", "jstress_insert_rowpop");
        final Jstress run = Jstress.run("user profile=" + profile + " ops(insert=1) n=20 -rate threads=2 "
            + "-insert row-population-ratio=fixed(1)/2");
        assertEquals(0, run.exitCode, run::toString);
        try (CqlSession session = SharedNode.cluster().session())
        {
            assertEquals(golden.lines(), TableDump.rows(session, "jstress_insert_rowpop.rowpop", golden).stream()
                .map(r -> String.join(",", r)).sorted().toList());
        }
    }

    @Test
    void partitionsAndBatchtypeGivenMakeACounterProfileWriteCounterBatches() throws IOException
    {
        // the profile writes one partition per LOGGED insert; four counter updates in a LOGGED batch are refused
        final Path profile = renamed("cqlstress-counter-example-specB.yaml", "stresscql", "jstress_insert_counter");
        final Jstress logged = Jstress.run("user profile=" + profile + " ops(insert=1) n=8 no-warmup -rate threads=1 "
            + "-errors retries=0 -insert partitions=fixed(4)");
        assertNotEquals(0, logged.exitCode, logged::toString);

        final Jstress counter = Jstress.run("user profile=" + profile + " ops(insert=1) n=100 no-warmup "
            + "-rate threads=2 -insert partitions=fixed(4) batchtype=COUNTER");
        assertEquals(0, counter.exitCode, counter::toString);
        assertTrue(counter.out.lines().anyMatch(l -> l.startsWith("Generating batches with [4..4] partitions")),
            counter::toString);
        // n= counts partitions: 100 of them in inserts of four
        assertTrue(counter.out.lines().anyMatch(l -> l.matches("total,\\s+25,.*")), counter::toString);
        assertTrue(counter.resultsLine("Total errors").contains("0 [insert: 0]"), counter::toString);
    }

    @Test
    void clGivenWinsOverTheProfileAndTheCommand() throws IOException
    {
        // one node: THREE is never available, ONE always is
        final Path profile = profile("insert:\n  consistencyLevel: THREE\n");
        final Jstress fromProfile = Jstress.run("user profile=" + profile + " ops(insert=1) n=4 no-warmup cl=ONE "
            + "-rate threads=1 -errors retries=0");
        assertNotEquals(0, fromProfile.exitCode, fromProfile::toString);
        final Jstress given = Jstress.run("user profile=" + profile + " ops(insert=1) n=4 no-warmup -rate threads=1 "
            + "-errors retries=0 -insert cl=ONE");
        assertEquals(0, given.exitCode, given::toString);
    }

    @Test
    void predefinedCommandsIgnoreItWithOneWarning()
    {
        final Jstress run = Jstress.run("write n=10 no-warmup -rate threads=1 -insert partitions=fixed(2)");
        assertEquals(0, run.exitCode, run::toString);
        assertEquals(List.of("WARNING: -insert is accepted for compatibility and ignored: it overrides a user "
                + "profile's insert section, and cassandra-stress ignores it for write too"),
            run.err.lines().filter(l -> l.contains("-insert")).toList(), run::toString);
    }

    @Test
    void visitsAndRevisitAreAcceptedWithAWarningEach()
    {
        final Jstress run = Jstress.run("user profile=" + PROFILES + "rowpop.yaml ops(insert=1) n=1 no-warmup "
            + "-rate threads=1 -insert visits=fixed(2) revisit=uniform(1..100)");
        assertEquals(2, run.err.lines().filter(l -> l.startsWith("WARNING: -insert visits=")
            || l.startsWith("WARNING: -insert revisit=")).count(), run::toString);
    }

    @Test
    void aBadValueIsOneLineNamingTheWord()
    {
        for (final String word : List.of("batchtype=bogus", "partitions=foo(1)", "select-ratio=fixed(1)",
            "cl=MOST", "serial-cl=ONE"))
        {
            final Jstress run = Jstress.run("user profile=" + PROFILES + "rowpop.yaml ops(insert=1) n=1 -insert " + word);
            assertEquals(1, run.exitCode, run::toString);
            assertEquals(1, run.err.lines().count(), run::toString);
            assertTrue(run.err.startsWith("jstress: -insert " + word + ": "), run::toString);
            assertEquals("", run.out, run::toString);
        }
    }

    private static UserProfile.InsertSpec insert(final Path profile, final String options)
    {
        final List<String> args = new ArrayList<>(List.of("user", "profile=" + profile, "ops(insert=1)", "n=1"));
        if (!options.isEmpty())
        {
            args.addAll(List.of(options.split(" ")));
        }
        return StressCommandLine.settings(args.toArray(String[]::new)).command().user().orElseThrow().profiles()
            .get(0).insert();
    }

    /** A small profile of its own keyspace with the given insert section. */
    private Path profile(final String insert) throws IOException
    {
        final String keyspace = "jstress_insert_" + Long.toHexString(System.nanoTime());
        final Path file = dir.resolve(keyspace + ".yaml");
        Files.writeString(file, "keyspace: " + keyspace + "\nkeyspace_definition: |\n  CREATE KEYSPACE " + keyspace
            + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};\ntable: t\n"
            + "table_definition: |\n  CREATE TABLE t (k int PRIMARY KEY, v text)\n"
            + "queries:\n  q1:\n    cql: select * from t where k = ?\n" + insert, StandardCharsets.UTF_8);
        return file;
    }

    private Path renamed(final String profile, final String keyspace, final String to) throws IOException
    {
        final Path copy = dir.resolve(profile);
        Files.writeString(copy, Files.readString(Path.of(PROFILES, profile), StandardCharsets.UTF_8)
            .replace(keyspace, to), StandardCharsets.UTF_8);
        return copy;
    }
}
