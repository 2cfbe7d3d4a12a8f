package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.settings.Consistency;
import io.jstress.settings.Distribution;
import io.jstress.settings.Pace;
import io.jstress.settings.RateSettings;
import io.jstress.settings.Stop;
import io.jstress.settings.StressSettings;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The defaults cassandra-stress applies when a word or option is left out. */
class DefaultsTest
{
    private static StressSettings parse(final String line)
    {
        return StressCommandLine.settings(Argv.of(line));
    }

    @Test
    void writeWithACountAndNoRateRuns200Threads()
    {
        assertEquals(new RateSettings(200, 1, Pace.UNLIMITED, false, 200, 200, false), parse("write n=10").rate());
        assertEquals(200, parse("counter_write n=10").rate().threads());
    }

    @Test
    void everythingElseWithoutRateRunsAutoModeFrom4To1000Threads()
    {
        for (final String line : List.of("write duration=1m", "read n=10", "mixed n=10", "write"))
        {
            final RateSettings rate = parse(line).rate();
            assertTrue(rate.auto(), line);
            assertEquals(4, rate.minThreads(), line);
            assertEquals(1000, rate.maxThreads(), line);
        }
    }

    @Test
    void aZeroRateMeansNoRateAsInCassandraStress()
    {
        assertEquals(Pace.UNLIMITED, parse("write n=10 -rate threads=4 throttle=0/s").rate().pace());
        assertEquals(new Pace(Pace.Kind.THROTTLE, 2000), parse("write n=10 -rate threads=4 throttle=2k/s").rate().pace());
    }

    @Test
    void withoutCountOrDurationTheRunStopsOnceTheMeanIsStable()
    {
        assertEquals(new Stop.UntilStable(0.02, 30, 200), parse("write").command().stop());
        assertEquals(new Stop.UntilStable(0.05, 5, 50), parse("write err<0.05 n>5 n<50").command().stop());
    }

    @Test
    void consistencyDefaultsToLocalOneAndWarmupIsOn()
    {
        final StressSettings s = parse("write n=1");
        assertEquals(Consistency.LOCAL_ONE, s.command().consistency());
        assertFalse(s.command().noWarmup());
    }

    @Test
    void writeVisitsSeq1ToNAndReadsFollowGaussian1ToN()
    {
        assertEquals(new Distribution.Seq(1, 500), parse("write n=500").population().keys());
        assertEquals(new Distribution.Gaussian(1, 500, 250.5, 249.5 / 3), parse("read n=500").population().keys());
        assertEquals(new Distribution.Gaussian(1, 500, 250.5, 249.5 / 3), parse("mixed n=500").population().keys());
    }

    @Test
    void withoutACountThePopulationIsAMillion()
    {
        assertEquals(new Distribution.Seq(1, 1_000_000), parse("write duration=10s").population().keys());
        assertEquals(1_000_000, parse("read duration=10s").population().keys().max());
    }

    @Test
    void popWithoutSeqUsesTheGaussianDistributionEvenForWrites()
    {
        assertEquals(new Distribution.Gaussian(1, 100, 50.5, 49.5 / 3),
            parse("write n=100 -pop contents=sorted").population().keys());
    }

    @Test
    void columnsDefaultToFiveOf34BytesAndNamesFixTheCount()
    {
        final StressSettings s = parse("write n=1");
        assertEquals(new Distribution.Fixed(5), s.columns().count());
        assertEquals(new Distribution.Fixed(34), s.columns().size());
        final StressSettings named = parse("write n=1 -col names=a,b,c");
        assertEquals(new Distribution.Fixed(3), named.columns().count());
        assertEquals(List.of("a", "b", "c"), named.columns().names());
    }

    @Test
    void nodeDefaultsToLocalhostAndEmbeddedCountsNodes()
    {
        assertEquals(List.of("localhost"), parse("write n=1").node().hosts());
        assertEquals(1, parse("write n=1 -node embedded").node().embeddedNodes());
        assertEquals(3, parse("write n=1 -node embedded:3").node().embeddedNodes());
        assertEquals(0, parse("write n=1").node().embeddedNodes());
    }

    @Test
    void distributionsTakeEveryFormAndSuffix()
    {
        assertEquals(new Distribution.Exp(1, 1000), parse("read n=1 -pop dist=EXP(1..1k)").population().keys());
        assertEquals(new Distribution.Extreme(1, 2_000_000_000, 1.5),
            parse("read n=1 -pop dist=extreme(1..2b,1.5)").population().keys());
        assertEquals(new Distribution.Seq(1, 5_000_000), parse("read n=1 -pop dist=seq(1..5m)").population().keys());
        assertEquals(new Distribution.Gaussian(0, 100, 50, 50.0 / 3),
            parse("read n=1 -pop dist=NORMAL(0..100)").population().keys());
        assertEquals(new Distribution.Gaussian(0, 100, 50, 25),
            parse("read n=1 -pop dist=norm(0..100,2)").population().keys());
    }

    @Test
    void wordsWithoutEffectWarnOnceEach()
    {
        final Invocation.Workload w = (Invocation.Workload) StressCommandLine.parse(Argv.of(
            "write n=1 -port thrift=9160 jmx=7199 -graph file=g.html title=T revision=r op=W -insert -tokenrange wrap"));
        assertEquals(4, w.warnings().size(), w.warnings().toString());
        assertTrue(w.warnings().stream().noneMatch(l -> l.contains("-graph")), "-graph draws its page");
        assertTrue(w.warnings().stream().anyMatch(l -> l.contains("thrift=")));
        assertEquals("T", w.settings().graph().title().orElseThrow());
        assertEquals("W", w.settings().graph().operation().orElseThrow());
    }
}
