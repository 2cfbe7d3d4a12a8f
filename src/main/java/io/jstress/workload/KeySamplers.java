package io.jstress.workload;

import io.jstress.settings.Distribution;

/** PLACEHOLDER */
public final class KeySamplers
{
    private KeySamplers()
    {
    }

    public static KeySampler of(final Distribution population, final long rngSeed)
    {
        final long min = population.min();
        final long range = population.max() - min + 1;
        return i -> min + Math.floorMod(i, range);
    }
}
