package io.jstress.workload.user;

import io.jstress.settings.CqlType;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The order Cassandra keeps set elements in, by element type, so a generated set serializes exactly as the node
 * stores it (and mixes into a child seed as cassandra-stress's serializer would).
 */
final class ElementOrder
{
    private ElementOrder()
    {
    }

    static int compare(final CqlType.Kind kind, final Cell a, final Cell b)
    {
        return switch (kind)
        {
            case BIGINT, COUNTER, TIME, TIMESTAMP, INT, SMALLINT, TINYINT -> Long.compare(signed(a), signed(b));
            case DOUBLE -> Double.compare(ByteBuffer.wrap(a.bytes).getDouble(), ByteBuffer.wrap(b.bytes).getDouble());
            case FLOAT -> Float.compare(ByteBuffer.wrap(a.bytes).getFloat(), ByteBuffer.wrap(b.bytes).getFloat());
            case VARINT -> integer(a, 0).compareTo(integer(b, 0));
            case DECIMAL -> new BigDecimal(integer(a, 4), ByteBuffer.wrap(a.bytes).getInt())
                .compareTo(new BigDecimal(integer(b, 4), ByteBuffer.wrap(b.bytes).getInt()));
            case UUID -> uuid(a, b);
            case TIMEUUID -> timeUuid(a, b);
            default -> Arrays.compareUnsigned(a.bytes, 0, a.length, b.bytes, 0, b.length);
        };
    }

    private static long signed(final Cell c)
    {
        long v = c.bytes[0];
        for (int i = 1; i < c.length; i++)
        {
            v = (v << 8) | (c.bytes[i] & 0xff);
        }
        return v;
    }

    private static BigInteger integer(final Cell c, final int from)
    {
        return new BigInteger(Arrays.copyOfRange(c.bytes, from, c.length));
    }

    private static int uuid(final Cell a, final Cell b)
    {
        final long msb1 = ByteBuffer.wrap(a.bytes).getLong(0);
        final long msb2 = ByteBuffer.wrap(b.bytes).getLong(0);
        final int version1 = (int)((msb1 >>> 12) & 0xf);
        final int version2 = (int)((msb2 >>> 12) & 0xf);
        if (version1 != version2)
        {
            return version1 - version2;
        }
        final int c = version1 == 1 ? Long.compare(reorder(msb1), reorder(msb2)) : Long.compareUnsigned(msb1, msb2);
        return c != 0 ? c
            : Long.compareUnsigned(ByteBuffer.wrap(a.bytes).getLong(8), ByteBuffer.wrap(b.bytes).getLong(8));
    }

    private static int timeUuid(final Cell a, final Cell b)
    {
        final int c = Long.compare(reorder(ByteBuffer.wrap(a.bytes).getLong(0)),
            reorder(ByteBuffer.wrap(b.bytes).getLong(0)));
        if (c != 0)
        {
            return c;
        }
        // a signed comparison of each byte of the clock sequence and node
        return Long.compare(ByteBuffer.wrap(a.bytes).getLong(8) ^ 0x8080808080808080L,
            ByteBuffer.wrap(b.bytes).getLong(8) ^ 0x8080808080808080L);
    }

    /** A version 1 UUID's most significant bits with its timestamp's parts in time order. */
    private static long reorder(final long msb)
    {
        return (msb << 48) | ((msb << 16) & 0xFFFF00000000L) | (msb >>> 32);
    }
}
