package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.settings.Distribution;
import io.jstress.settings.Pace;
import io.jstress.settings.Stop;
import io.jstress.settings.StressSettings;
import io.jstress.workload.KeySampler;
import io.jstress.workload.KeySamplers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** -split of=K index=I: K loaders together do what the command alone does, each a disjoint share of it. */
class SplitTest
{
    private static StressSettings parse(final Map<String, String> env, final String line)
    {
        if (StressCommandLine.parse(env, Argv.of(line)) instanceof Invocation.Workload w)
        {
            return w.settings();
        }
        throw new AssertionError("not a workload: " + line);
    }

    private static StressSettings parse(final String line)
    {
        return parse(Map.of(), line);
    }

    private static long count(final StressSettings s)
    {
        return ((Stop.Count)s.command().stop()).operations();
    }

    @Test
    void threeLoadersWriteTheSequenceOneLoaderWouldInThreeConsecutiveRanges()
    {
        final List<StressSettings> loaders = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            loaders.add(parse("write n=30000 -split of=3 index=" + i));
        }
        assertEquals(new Distribution.Seq(1, 10_000), loaders.get(0).population().keys());
        assertEquals(new Distribution.Seq(10_001, 20_000), loaders.get(1).population().keys());
        assertEquals(new Distribution.Seq(20_001, 30_000), loaders.get(2).population().keys());
        loaders.forEach(s -> assertEquals(10_000, count(s)));
        assertEquals(1, loaders.get(1).split().index());
        assertEquals(3, loaders.get(1).split().of());
    }

    @Test
    void unevenCountsAndRatesAreSharedSoTheSharesSumToTheWhole()
    {
        long ops = 0;
        long rate = 0;
        long next = 1;
        for (int i = 0; i < 7; i++)
        {
            final StressSettings s = parse("write n=1000 -rate threads=10 fixed=3001/s -split of=7 index=" + i);
            ops += count(s);
            rate += s.rate().pace().opsPerSecond();
            assertEquals(Pace.Kind.FIXED, s.rate().pace().kind());
            assertEquals(next, s.population().keys().min(), "slices follow each other");
            assertEquals(count(s), s.population().keys().max() - s.population().keys().min() + 1);
            next = s.population().keys().max() + 1;
        }
        assertEquals(1000, ops);
        assertEquals(3001, rate);
        assertEquals(1001, next);
    }

    @Test
    void aSequenceShorterThanTheCountIsSlicedAndEveryKeyStillVisited()
    {
        long ops = 0;
        long next = 1;
        for (int i = 0; i < 5; i++)
        {
            final StressSettings s = parse("write n=8 -pop seq=1..7 -split of=5 index=" + i);
            final Distribution keys = s.population().keys();
            assertEquals(next, keys.min());
            assertTrue(count(s) >= keys.max() - keys.min() + 1, "each loader visits all its keys: " + i);
            next = keys.max() + 1;
            ops += count(s);
        }
        assertEquals(8, ops);
        assertEquals(8, next);
    }

    @Test
    void aDistributionIsCutAtItsQuantilesSoTheSlicesAreDrawnEquallyOften()
    {
        final Distribution whole = parse("read n=300000 -pop dist=GAUSSIAN(1..100000)").population().keys();
        final long[] firsts = new long[4];
        final long[] lasts = new long[3];
        for (int i = 0; i < 3; i++)
        {
            final StressSettings s = parse("read n=300000 -pop dist=GAUSSIAN(1..100000) -split of=3 index=" + i);
            final Distribution.Restricted slice = (Distribution.Restricted)s.population().keys();
            assertEquals(whole, slice.whole());
            firsts[i] = slice.min();
            lasts[i] = slice.max();
            assertEquals(100_000, count(s));
            final KeySampler keys = KeySamplers.of(slice, 7);
            for (long op = 0; op < 10_000; op++)
            {
                final long key = keys.seed(op);
                assertTrue(key >= slice.min() && key <= slice.max(), "a loader draws only from its slice");
            }
        }
        assertEquals(1, firsts[0]);
        assertEquals(lasts[0] + 1, firsts[1]);
        assertEquals(lasts[1] + 1, firsts[2]);
        assertEquals(100_000, lasts[2]);
        final KeySampler draws = KeySamplers.of(whole, 11);
        final int[] inSlice = new int[3];
        final int samples = 300_000;
        for (long op = 0; op < samples; op++)
        {
            final long key = draws.seed(op);
            inSlice[key <= lasts[0] ? 0 : key <= lasts[1] ? 1 : 2]++;
        }
        for (final int n : inSlice)
        {
            assertEquals(1.0 / 3, n / (double)samples, 0.005, "each slice holds a third of the draws");
        }
    }

    @Test
    void exponentialAndExtremeSlicesAlsoHoldEqualShares()
    {
        for (final String dist : List.of("EXP(1..50000)", "EXTREME(1..50000,1.5)", "UNIFORM(1..50000)"))
        {
            final Distribution whole = parse("read n=4000 -pop dist=" + dist).population().keys();
            final List<Distribution> slices = new ArrayList<>();
            for (int i = 0; i < 4; i++)
            {
                slices.add(parse("read n=4000 -pop dist=" + dist + " -split of=4 index=" + i).population().keys());
            }
            final KeySampler draws = KeySamplers.of(whole, 5);
            final int[] inSlice = new int[4];
            for (long op = 0; op < 200_000; op++)
            {
                final long key = draws.seed(op);
                for (int i = 0; i < 4; i++)
                {
                    inSlice[i] += key >= slices.get(i).min() && key <= slices.get(i).max() ? 1 : 0;
                }
            }
            for (final int n : inSlice)
            {
                assertEquals(0.25, n / 200_000.0, 0.006, dist + " slices " + slices);
            }
        }
    }

    @Test
    void theIndexComesFromJobCompletionIndexWhenNotGiven()
    {
        final StressSettings s = parse(Map.of("JOB_COMPLETION_INDEX", "2"), "write n=300 -split of=3");
        assertEquals(2, s.split().index());
        assertEquals(new Distribution.Seq(201, 300), s.population().keys());
        assertEquals(0, parse(Map.of("JOB_COMPLETION_INDEX", "2"), "write n=300 -split of=3 index=0").split().index(),
            "a given index= wins");
    }

    @Test
    void startAtIsAnInstantAndNeedsNoSplit()
    {
        final long at = Instant.now().getEpochSecond() + 30;
        final StressSettings s = parse("write n=300 -split start-at=" + at + ".25");
        assertEquals(Instant.ofEpochMilli(at * 1000 + 250), s.split().startAt().orElseThrow());
        assertEquals(1, s.split().of());
        assertEquals(new Distribution.Seq(1, 300), s.population().keys());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
        write n=30 -split of=3                       | or the environment variable JOB_COMPLETION_INDEX
        write n=30 -split of=3 index=3               | invalid 'index=3': expected a loader number from 0 to 2 (of=3)
        write n=30 -split index=1                    | invalid 'index=1': expected of=K beside it
        write n=30 -split of=0                       | invalid 'of=0'
        write n=2 -split of=3 index=0                | cannot be cut into 3 slices
        read n=2 -pop dist=UNIFORM(1..99) -split of=3 index=0 | n=2 leaves loader 0 no operations
        write n=30 -rate threads=2 fixed=2/s -split of=3 index=0 | a rate of 2/s leaves loader 0 no operations
        read n=30 -pop dist=FIXED(5) -split of=2 index=0 | cannot be cut into 2 slices
        write n=30 truncate=once -split of=3 index=0 | truncate=once: each loader would empty the table
        write n=30 -split start-at=1718000000000     | invalid 'start-at=1718000000000': expected seconds since
        write n=30 -split start-at=soon              | invalid 'start-at=soon'
        write n=30 -split of=2 index=0 bogus=1       | unknown word 'bogus=1'
        """)
    void aSplitThatCannotBeHonouredIsOneUsageLine(final String line, final String message)
    {
        final UsageException e = assertThrows(UsageException.class, () -> StressCommandLine.parse(Map.of(),
            Argv.of(line)));
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void helpDescribesEveryWord()
    {
        final Invocation help = StressCommandLine.parse("help", "-split");
        final String text = ((Invocation.Help)help).text();
        assertTrue(text.contains("Usage: -split [of=?] [index=?] [start-at=?]"), text);
        assertTrue(text.contains("JOB_COMPLETION_INDEX"), text);
    }
}
