package io.jstress.workload.user;

/** varint and decimal: BigInteger.valueOf and BigDecimal.valueOf of the identity draw (scale 0). */
final class BigNumberGenerator extends ValueGenerator
{
    private final boolean decimal;

    BigNumberGenerator(final GeneratorConfig config, final boolean decimal)
    {
        super(config, DEFAULT_IDENTITY);
        this.decimal = decimal;
    }

    @Override
    void generate(final Cell out)
    {
        final long id = identity.next();
        out.startNumber(id);
        if (decimal)
        {
            out.putInt(0);
        }
        out.putVarint(id);
    }

    @Override
    int maxLength()
    {
        return Integer.BYTES + Long.BYTES + 1;
    }
}
