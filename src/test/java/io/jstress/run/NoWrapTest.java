package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * -pop seq=a..b no-wrap: as cassandra-stress 3.19.0's SeedManager, a run ends once every key of the sequence was
 * visited, whatever n= or duration= asked for; without no-wrap the sequence starts again.
 */
@ExtendWith(SharedNode.class)
@Timeout(90)
class NoWrapTest
{
    private static final String OPTIONS = " -rate threads=4 -schema keyspace=jstress_no_wrap";

    @Test
    void aRunOfMoreOpsThanKeysEndsWhenTheKeysRunOut()
    {
        final Jstress run = Jstress.run("write n=1000 no-warmup -pop seq=1..50 no-wrap" + OPTIONS);

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("  Wrap: false\n"), run::toString);
        assertTrue(run.resultsLine("Total partitions").matches("Total partitions\\s+:\\s+50 .*"), run::toString);
        assertTrue(run.out.contains("\nEND\n"), run::toString);
    }

    @Test
    void aTimedRunEndsWhenTheKeysRunOutLongBeforeItsDuration()
    {
        // the test's timeout is far shorter than duration=: only the end of the keys can end it in time
        final Jstress run = Jstress.run("write duration=10m no-warmup -pop seq=1..200 no-wrap" + OPTIONS);

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.resultsLine("Total partitions").matches("Total partitions\\s+:\\s+200 .*"), run::toString);
    }

    @Test
    void withoutNoWrapTheSequenceStartsAgain()
    {
        final Jstress run = Jstress.run("write n=120 no-warmup -pop seq=1..50" + OPTIONS);

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("  Wrap: true\n"), run::toString);
        assertTrue(run.resultsLine("Total partitions").matches("Total partitions\\s+:\\s+120 .*"), run::toString);
    }

    @Test
    void aUserRunRefusesNoWrapRatherThanIgnoreIt()
    {
        final Jstress run = Jstress.run("user profile=src/test/resources/user/profiles/cqlstress-example.yaml "
            + "ops(insert=1) n=10 -pop seq=1..10 no-wrap");

        assertEquals(1, run.exitCode, run::toString);
        assertEquals(1, run.err.lines().count(), run::toString);
        assertTrue(run.err.startsWith("jstress: -pop no-wrap: "), run::toString);
    }
}
