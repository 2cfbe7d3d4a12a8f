package io.jstress.workload;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import io.jstress.settings.OpType;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * The bytes of one in-flight predefined operation: its key, its column values (what a write sends, what a read
 * expects) and the bind-argument arrays that point at them. Allocated once per in-flight slot and reused,
 * because the driver's blob codec shares these buffers until the request completes.
 */
public final class RowBuffers extends OpBuffers
{
    final byte[] key;
    final ByteBuffer keyBuffer;
    final byte[][] values;
    final ByteBuffer[] valueBuffers;
    /** writeArgs[c] binds the key and c columns; readArgs binds the key alone. */
    final Object[][] writeArgs;
    final Object[] readArgs;
    final Object[] counterArgs;
    /** What counterArgs binds for each column: a counter_write's increments, drawn from add= op by op. */
    final CounterIncrement[] increments;

    OpType type;
    long seed;
    /** -pop read-lookback=: the run's series, told of each write that completes; else null */
    final LookbackSeries series;
    /** The series position this op writes, or -1 */
    long position = -1;
    int columns;
    private int found;

    /**
     * @param keyLength  the partition key's length in bytes
     * @param minColumns the fewest columns a row written by this run has: write arguments are built only for the
     *                   counts the run can write, so a context holds what its ops use
     * @param writes     whether the run writes rows (and so needs write arguments)
     * @param series     the run's -pop read-lookback= series, or null
     */
    public RowBuffers(final int keyLength, final int minColumns, final int maxColumns, final int maxValueLength,
        final boolean writes, final LookbackSeries series)
    {
        this.series = series;
        key = new byte[keyLength];
        keyBuffer = ByteBuffer.wrap(key);
        readArgs = new Object[] {keyBuffer};
        values = new byte[maxColumns][maxValueLength];
        valueBuffers = new ByteBuffer[maxColumns];
        writeArgs = new Object[maxColumns + 1][];
        for (int c = 0; c < maxColumns; c++)
        {
            valueBuffers[c] = ByteBuffer.wrap(values[c]);
        }
        for (int c = writes ? minColumns : maxColumns + 1; c <= maxColumns; c++)
        {
            final Object[] args = new Object[c + 1];
            args[0] = keyBuffer;
            System.arraycopy(valueBuffers, 0, args, 1, c);
            writeArgs[c] = args;
        }
        counterArgs = new Object[maxColumns + 1];
        increments = new CounterIncrement[maxColumns];
        for (int c = 0; c < maxColumns; c++)
        {
            increments[c] = new CounterIncrement();
            counterArgs[c] = increments[c];
        }
        counterArgs[maxColumns] = keyBuffer;
    }

    /**
     * About how many bytes one context's buffers take, for the refusal of a command line whose ops in flight
     * cannot fit the heap: the values (written, or expected by a read) and the write argument arrays.
     */
    public static long bytes(final int minColumns, final int maxColumns, final long maxValueLength,
        final boolean values, final boolean writes)
    {
        final long fixed = 1024 + 96L * maxColumns;
        final long cells = values ? maxColumns * maxValueLength : 0;
        final long counts = maxColumns - minColumns + 1;
        final long argRefs = writes ? counts * (maxColumns + minColumns + 2) / 2 : 0;
        return fixed + cells + Long.BYTES * argRefs;
    }

    public OpType type()
    {
        return type;
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

    @Override
    public boolean complete(final AsyncResultSet result, final boolean validate)
    {
        if (type == OpType.WRITE || type == OpType.COUNTER_WRITE)
        {
            if (position >= 0)
            {
                series.written(position);
            }
            found = 1;
            return true;
        }
        found = result.remaining();
        return !validate || RowValidator.valid(result, this);
    }

    /** As cassandra-stress: a write touches one partition and row; a read counts what it found. */
    @Override
    public int partitions()
    {
        return found;
    }

    @Override
    public int rows()
    {
        return found;
    }

    @Override
    public String keys()
    {
        return HexFormat.of().formatHex(key);
    }
}
