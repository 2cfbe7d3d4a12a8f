package io.jstress.workload.user;

import io.jstress.settings.CqlType;

/**
 * The fixed-width integers: bigint, counter and time (8 bytes), int (4), smallint (2), tinyint (1), each the
 * identity draw truncated to its width; and date, an int of days that the driver shifts by 2^31 on the wire.
 */
final class IntegerGenerator extends ValueGenerator
{
    private final int width;
    private final boolean date;

    IntegerGenerator(final GeneratorConfig config, final CqlType.Kind kind)
    {
        super(config, DEFAULT_IDENTITY);
        this.date = kind == CqlType.Kind.DATE;
        this.width = switch (kind)
        {
            case INT, DATE -> Integer.BYTES;
            case SMALLINT -> Short.BYTES;
            case TINYINT -> Byte.BYTES;
            default -> Long.BYTES;
        };
    }

    @Override
    void generate(final Cell out)
    {
        final long id = identity.next();
        final long value = switch (width)
        {
            case Integer.BYTES -> (int)id;
            case Short.BYTES -> (short)id;
            case Byte.BYTES -> (byte)id;
            default -> id;
        };
        out.startNumber(value);
        out.putBigEndian(date ? value + Integer.MIN_VALUE : value, width);
    }

    @Override
    int maxLength()
    {
        return width;
    }
}
