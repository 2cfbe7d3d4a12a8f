package io.jstress.workload;

import io.jstress.settings.Distribution;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** -pop seq= visits keys in order; dist= draws stay inside their bounds with the shape asked for. */
class KeySamplersTest
{
    @Test
    void seqVisitsTheRangeInOrderThenWraps()
    {
        final KeySampler seq = KeySamplers.of(new Distribution.Seq(5, 7), 1);
        assertEquals(5, seq.seed(0));
        assertEquals(6, seq.seed(1));
        assertEquals(7, seq.seed(2));
        assertEquals(5, seq.seed(3));
    }

    @Test
    void gaussianIsClampedToItsBoundsAndCentredOnItsMean()
    {
        final KeySampler g = KeySamplers.of(new Distribution.Gaussian(1, 1000, 500.5, 499.5 / 3), 7);
        double sum = 0;
        for (int i = 0; i < 100_000; i++)
        {
            final long v = g.seed(i);
            assertTrue(v >= 1 && v <= 1000, "in bounds: " + v);
            sum += v;
        }
        assertEquals(500.5, sum / 100_000, 5.0);
    }

    @Test
    void uniformReachesBothEndsAndNothingBeyond()
    {
        final KeySampler u = KeySamplers.of(new Distribution.Uniform(1, 10), 3);
        boolean sawMin = false;
        boolean sawMax = false;
        for (int i = 0; i < 10_000; i++)
        {
            final long v = u.seed(i);
            assertTrue(v >= 1 && v <= 10);
            sawMin |= v == 1;
            sawMax |= v == 10;
        }
        assertTrue(sawMin && sawMax);
    }

    @Test
    void expAndExtremeStayInBoundsAndFavourTheLowEnd()
    {
        for (final Distribution d : new Distribution[]{new Distribution.Exp(1, 1000),
            new Distribution.Extreme(1, 1000, 1.5)})
        {
            final KeySampler s = KeySamplers.of(d, 11);
            long low = 0;
            for (int i = 0; i < 10_000; i++)
            {
                final long v = s.seed(i);
                assertTrue(v >= 1 && v <= 1000, d + ": " + v);
                low += v <= 500 ? 1 : 0;
            }
            assertTrue(low > 7_000, d + " puts most keys in the lower half: " + low);
        }
    }

    @Test
    void theSameSeedDrawsTheSameKeys()
    {
        final KeySampler a = KeySamplers.of(new Distribution.Uniform(1, 1_000_000), 42);
        final KeySampler b = KeySamplers.of(new Distribution.Uniform(1, 1_000_000), 42);
        for (int i = 0; i < 100; i++)
        {
            assertEquals(a.seed(i), b.seed(i));
        }
    }
}
