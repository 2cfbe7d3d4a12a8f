package io.jstress.workload.user;

import java.nio.ByteBuffer;

/**
 * One generated value, already serialized as the native protocol sends it, plus what cassandra-stress mixes into
 * the seed of a key column's children: numbers by their long value, everything else by its serialized bytes.
 * Allocated once with room for the largest value its generator makes, then rewritten in place.
 */
final class Cell
{
    final byte[] bytes;
    final ByteBuffer buffer;
    int length;
    /** A value column the write leaves null (past the row-population share); its bytes are stale. */
    boolean absent;
    /** Whether a child seed mixes in {@link #number} (a Java Number or UUID in cassandra-stress) or the bytes. */
    boolean numeric;
    long number;

    Cell(final int capacity)
    {
        bytes = new byte[capacity];
        buffer = ByteBuffer.wrap(bytes);
    }

    /**
     * The value's bytes, ready to bind (null binds a null, as cassandra-stress binds a column it leaves out); the
     * buffer is shared, so it stays valid until this cell is rewritten.
     */
    ByteBuffer buffer()
    {
        if (absent)
        {
            return null;
        }
        buffer.clear().limit(length);
        return buffer;
    }

    /** cassandra-stress's PartitionIterator.seed: how a key value and its parent's seed make its children's seed. */
    long mix(final long seed)
    {
        if (numeric)
        {
            return seed * 31 + number;
        }
        long s = seed;
        for (int i = 0; i < length; i++)
        {
            s = 31 * s + bytes[i];
        }
        return s;
    }

    boolean sameAs(final Cell other)
    {
        return length == other.length && java.util.Arrays.equals(bytes, 0, length, other.bytes, 0, length);
    }

    boolean sameAs(final ByteBuffer other)
    {
        if (other.remaining() != length)
        {
            return false;
        }
        final int base = other.position();
        for (int i = 0; i < length; i++)
        {
            if (other.get(base + i) != bytes[i])
            {
                return false;
            }
        }
        return true;
    }

    int hash()
    {
        int h = 1;
        for (int i = 0; i < length; i++)
        {
            h = 31 * h + bytes[i];
        }
        return h;
    }

    void copyFrom(final Cell other)
    {
        System.arraycopy(other.bytes, 0, bytes, 0, other.length);
        length = other.length;
        numeric = other.numeric;
        number = other.number;
    }

    /** Starts a value that mixes into seeds by its serialized bytes. */
    void startBytes()
    {
        length = 0;
        numeric = false;
    }

    /** Starts a value that mixes into seeds as this number. */
    void startNumber(final long value)
    {
        length = 0;
        numeric = true;
        number = value;
    }

    void put(final byte b)
    {
        bytes[length++] = b;
    }

    void putBigEndian(final long value, final int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            bytes[length++] = (byte)(value >>> (8 * i));
        }
    }

    void putInt(final int value)
    {
        putBigEndian(value, Integer.BYTES);
    }

    /** Writes an int at a position already written, for a length or count known only afterwards. */
    void putIntAt(final int position, final int value)
    {
        for (int i = 0; i < Integer.BYTES; i++)
        {
            bytes[position + i] = (byte)(value >>> (8 * (Integer.BYTES - 1 - i)));
        }
    }

    /** BigInteger.valueOf(value).toByteArray(): the shortest two's complement form. */
    void putVarint(final long value)
    {
        final int bits = 64 - Long.numberOfLeadingZeros(value < 0 ? ~value : value);
        putBigEndian(value, bits / 8 + 1);
    }

    void append(final Cell element)
    {
        System.arraycopy(element.bytes, 0, bytes, length, element.length);
        length += element.length;
    }
}
