package io.jstress.workload;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;

import java.nio.ByteBuffer;

/**
 * One counter column's increment in an op in flight (counter_write's add=). Mutable and reused op after op, so
 * that drawing a new increment boxes no Long: sessions register CODEC, which encodes it as the driver encodes a
 * counter. The driver encodes it while the op is in flight, when nothing changes it.
 */
public final class CounterIncrement
{
    /** The driver's codec for a counter bound from a CounterIncrement; register it on every session. */
    public static final TypeCodec<CounterIncrement> CODEC = new Codec();

    long value;

    private static final class Codec implements TypeCodec<CounterIncrement>
    {
        @Override
        public GenericType<CounterIncrement> getJavaType()
        {
            return GenericType.of(CounterIncrement.class);
        }

        @Override
        public DataType getCqlType()
        {
            return DataTypes.COUNTER;
        }

        @Override
        public ByteBuffer encode(final CounterIncrement increment, final ProtocolVersion version)
        {
            return increment == null ? null : TypeCodecs.COUNTER.encodePrimitive(increment.value, version);
        }

        /** jstress never reads a counter into an increment: reads take the driver's own Long codec. */
        @Override
        public CounterIncrement decode(final ByteBuffer bytes, final ProtocolVersion version)
        {
            throw new UnsupportedOperationException("a CounterIncrement is only ever written");
        }

        @Override
        public String format(final CounterIncrement increment)
        {
            return increment == null ? "NULL" : Long.toString(increment.value);
        }

        @Override
        public CounterIncrement parse(final String text)
        {
            throw new UnsupportedOperationException("a CounterIncrement is only ever written");
        }
    }
}
