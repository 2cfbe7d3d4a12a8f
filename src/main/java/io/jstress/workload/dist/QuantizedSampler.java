package io.jstress.workload.dist;

import io.jstress.workload.InverseCdf;
import io.jstress.workload.Lcg;

import java.util.Arrays;

/**
 * QEXTREME(min..max,shape,quantas): the range split into quantas of equal probability; the delegate picks the
 * quanta and an unseeded draw the value inside it, as cassandra-stress does.
 */
final class QuantizedSampler extends Sampler
{
    private final Sampler delegate;
    private final long[] bounds;
    private final Lcg unseeded;

    QuantizedSampler(final Sampler delegate, final int quantas, final Lcg unseeded, final InverseCdf quantiles)
    {
        super(quantiles);
        this.delegate = delegate;
        this.unseeded = unseeded;
        bounds = new long[quantas + 1];
        bounds[0] = delegate.minValue();
        bounds[quantas] = delegate.maxValue() + 1;
        for (int i = 1; i < quantas; i++)
        {
            bounds[i] = delegate.inverseCumProb(i / (double)quantas);
        }
    }

    @Override
    public long next()
    {
        final int quanta = quanta(delegate.next());
        return bounds[quanta] + (long)(unseeded.nextDouble() * (bounds[quanta + 1] - bounds[quanta]));
    }

    @Override
    public double nextDouble()
    {
        throw new UnsupportedOperationException("QEXTREME draws whole numbers only");
    }


    private int quanta(final long value)
    {
        final int i = Arrays.binarySearch(bounds, value);
        return i < 0 ? -2 - i : i - 1;
    }

    @Override
    public void setSeed(final long seed)
    {
        delegate.setSeed(seed);
    }
}
