package io.jstress.workload.dist;

import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.workload.InverseCdf;
import io.jstress.workload.Lcg;

import java.util.concurrent.ThreadLocalRandom;

/** Builds the sampler of a distribution spec, each with its own generator. */
public final class Samplers
{
    private Samplers()
    {
    }

    /**
     * A new sampler. Its generator starts from an unseeded state, as a fresh commons-math generator does, so draws
     * taken before any setSeed (collection sizes, for one) differ between runs exactly as cassandra-stress's do.
     */
    public static Sampler of(final DistributionSpec spec)
    {
        return seeded(spec, ThreadLocalRandom.current().nextLong());
    }

    /** A new sampler whose draws are the same in every run: for choices cassandra-stress leaves to chance. */
    public static Sampler seeded(final DistributionSpec spec, final long seed)
    {
        InverseCdf quantiles = InverseCdf.of(spec.shape());
        Sampler sampler = shape(spec.shape(), lcg(seed), quantiles);
        if (spec.quantas() > 0)
        {
            quantiles = InverseCdf.quantized(quantiles, spec.quantas());
            sampler = new QuantizedSampler(sampler, spec.quantas(), lcg(~seed), quantiles);
        }
        return spec.inverted() ? new InvertedSampler(sampler, InverseCdf.inverted(quantiles)) : sampler;
    }

    private static Lcg lcg(final long seed)
    {
        final Lcg random = new Lcg();
        random.setSeed(seed);
        return random;
    }

    private static Sampler shape(final Distribution shape, final Lcg random, final InverseCdf quantiles)
    {
        if (shape instanceof Distribution.Fixed f)
        {
            return new FixedSampler(f.value(), quantiles);
        }
        if (shape.min() == shape.max() && !(shape instanceof Distribution.Seq))
        {
            return new FixedSampler(shape.min(), quantiles);
        }
        if (shape instanceof Distribution.Uniform u)
        {
            return new UniformSampler(u.min(), u.max(), random, quantiles);
        }
        if (shape instanceof Distribution.Gaussian g)
        {
            return new GaussianSampler(g.min(), g.max(), g.mean(), g.stdev(), random, quantiles);
        }
        if (shape instanceof Distribution.Exp e)
        {
            return new ExponentialSampler(e.min(), e.max(), ExponentialSampler.meanFor(e.min(), e.max()), random,
                quantiles);
        }
        if (shape instanceof Distribution.Extreme x)
        {
            return new WeibullSampler(x.min(), x.max(), x.shape(), random, quantiles);
        }
        final Distribution.Seq s = (Distribution.Seq)shape;
        return new SequenceSampler(s.min(), s.max(), quantiles);
    }
}
