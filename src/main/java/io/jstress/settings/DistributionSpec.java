package io.jstress.settings;

/**
 * A distribution as a profile or clustering= gives it: its shape, whether it is inverted (~), and for QEXTREME the
 * number of quantas (0 for every other shape). A range with min == max is a Fixed shape, as cassandra-stress
 * makes it.
 */
public record DistributionSpec(Distribution shape, boolean inverted, int quantas)
{
    public static DistributionSpec of(final Distribution shape)
    {
        return new DistributionSpec(shape, false, 0);
    }

    public long min()
    {
        return shape.min();
    }

    public long max()
    {
        return shape.max();
    }
}
