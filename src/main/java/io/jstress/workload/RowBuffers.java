package io.jstress.workload;

import io.jstress.settings.OpType;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * The bytes of one in-flight operation: its key, its column values (what a write sends, what a read expects)
 * and the bind-argument arrays that point at them. Allocated once per in-flight slot and reused, because the
 * driver's blob codec shares these buffers until the request completes.
 */
public final class RowBuffers
{
    final byte[] key = new byte[RowGenerator.KEY_LENGTH];
    final ByteBuffer keyBuffer = ByteBuffer.wrap(key);
    final byte[][] values;
    final ByteBuffer[] valueBuffers;
    /** writeArgs[c] binds the key and c columns; readArgs binds the key alone. */
    final Object[][] writeArgs;
    final Object[] readArgs = {keyBuffer};
    final Object[] counterArgs;

    OpType op;
    long seed;
    int columns;

    public RowBuffers(final int maxColumns, final int maxValueLength)
    {
        values = new byte[maxColumns][maxValueLength];
        valueBuffers = new ByteBuffer[maxColumns];
        writeArgs = new Object[maxColumns + 1][];
        for (int c = 0; c < maxColumns; c++)
        {
            valueBuffers[c] = ByteBuffer.wrap(values[c]);
        }
        for (int c = 0; c <= maxColumns; c++)
        {
            final Object[] args = new Object[c + 1];
            args[0] = keyBuffer;
            System.arraycopy(valueBuffers, 0, args, 1, c);
            writeArgs[c] = args;
        }
        counterArgs = new Object[maxColumns + 1];
        for (int c = 0; c < maxColumns; c++)
        {
            counterArgs[c] = 1L;
        }
        counterArgs[maxColumns] = keyBuffer;
    }

    public OpType op()
    {
        return op;
    }

    public long seed()
    {
        return seed;
    }

    /** How many columns this row has (written, or expected by a read). */
    public int columns()
    {
        return columns;
    }

    /** The partition key as hex, for the one line printed when an op fails for good. */
    public String keyHex()
    {
        return HexFormat.of().formatHex(key);
    }
}
