package io.jstress.workload.user;

import io.jstress.settings.CqlType;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The natural order of the Java values cassandra-stress generates (String, Long, Date, UUID, ByteBuffer, ...),
 * which -pop contents=SORTED puts each clustering level in. Types whose Java values are not Comparable (inet,
 * collections) have no order: their levels keep generation order, as in cassandra-stress.
 */
final class JavaOrder
{
    private JavaOrder()
    {
    }

    static boolean comparable(final CqlType.Kind kind)
    {
        return switch (kind)
        {
            case INET, SET, LIST, MAP, TUPLE, UDT, DURATION, VECTOR, OTHER -> false;
            default -> true;
        };
    }

    static int compare(final CqlType.Kind kind, final Cell a, final Cell b)
    {
        return switch (kind)
        {
            case BIGINT, COUNTER, TIME, INT, SMALLINT, TINYINT, DATE, DECIMAL, VARINT -> Long.compare(a.number, b.number);
            case DOUBLE -> Double.compare(ByteBuffer.wrap(a.bytes).getDouble(), ByteBuffer.wrap(b.bytes).getDouble());
            case FLOAT -> Float.compare(ByteBuffer.wrap(a.bytes).getFloat(), ByteBuffer.wrap(b.bytes).getFloat());
            case TIMESTAMP -> Long.compare(ByteBuffer.wrap(a.bytes).getLong(), ByteBuffer.wrap(b.bytes).getLong());
            case UUID, TIMEUUID ->
            {
                final int c = Long.compare(ByteBuffer.wrap(a.bytes).getLong(0), ByteBuffer.wrap(b.bytes).getLong(0));
                yield c != 0 ? c : Long.compare(ByteBuffer.wrap(a.bytes).getLong(8),
                    ByteBuffer.wrap(b.bytes).getLong(8));
            }
            // String (ASCII characters only) and ByteBuffer both compare element by element as signed values
            default -> Arrays.compare(a.bytes, 0, a.length, b.bytes, 0, b.length);
        };
    }
}
