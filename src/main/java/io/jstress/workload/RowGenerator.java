package io.jstress.workload;

import io.jstress.settings.ColumnSettings;

/** PLACEHOLDER until the cassandra-stress compatible generator lands. */
public final class RowGenerator
{
    public static final int KEY_LENGTH = 10;
    private final ColumnSettings columns;

    public RowGenerator(final ColumnSettings columns)
    {
        this.columns = columns;
    }

    public void key(final long seed, final byte[] dst)
    {
        long v = seed;
        for (int i = KEY_LENGTH - 1; i >= 0; i--)
        {
            dst[i] = (byte)('0' + (v % 10));
            v /= 10;
        }
    }

    public int columnCount(final long seed)
    {
        return (int)columns.count().max();
    }

    public int value(final long seed, final int column, final byte[] dst)
    {
        final int len = (int)columns.size().max();
        for (int i = 0; i < len; i++)
        {
            dst[i] = (byte)(seed * 31 + column * 7 + i);
        }
        return len;
    }

    public int maxValueLength()
    {
        return (int)columns.size().max();
    }

    public int maxColumns()
    {
        return (int)columns.count().max();
    }
}
