package io.jstress.workload.user;

import io.jstress.settings.DistributionSpec;
import io.jstress.workload.dist.Sampler;
import io.jstress.workload.dist.Samplers;

import java.util.SplittableRandom;

/**
 * Picks each op as cassandra-stress's SampledOpDistribution does: an op drawn by its ratio, then kept for a run of
 * clustering= ops (default gaussian(1..10)), so a short run may never reach a rare op. Not thread-safe.
 */
final class OpChooser
{
    private final double[] cumulative;
    private final Sampler clustering;
    private final SplittableRandom random;
    private int current;
    private long remaining;

    OpChooser(final double[] ratios, final DistributionSpec clustering, final SplittableRandom random)
    {
        cumulative = new double[ratios.length];
        double total = 0;
        for (final double r : ratios)
        {
            total += r;
        }
        double sum = 0;
        for (int i = 0; i < ratios.length; i++)
        {
            sum += ratios[i] / total;
            cumulative[i] = sum;
        }
        this.clustering = Samplers.of(clustering);
        this.random = random;
    }

    int next()
    {
        while (remaining <= 0)
        {
            remaining = clustering.next();
            current = sample();
        }
        remaining--;
        return current;
    }

    private int sample()
    {
        final double r = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++)
        {
            if (r < cumulative[i])
            {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
