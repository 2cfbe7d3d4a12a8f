package io.jstress.workload.user;

/** double and float: the identity distribution's double draw (a float is that double narrowed). */
final class FloatingGenerator extends ValueGenerator
{
    private final boolean single;

    FloatingGenerator(final GeneratorConfig config, final boolean single)
    {
        super(config, DEFAULT_IDENTITY);
        this.single = single;
    }

    @Override
    void generate(final Cell out)
    {
        final double d = identity.nextDouble();
        if (single)
        {
            final float f = (float)d;
            out.startNumber((long)f);
            out.putInt(Float.floatToIntBits(f));
        }
        else
        {
            out.startNumber((long)d);
            out.putBigEndian(Double.doubleToLongBits(d), Long.BYTES);
        }
    }

    @Override
    int maxLength()
    {
        return single ? Float.BYTES : Double.BYTES;
    }
}
