package io.jstress.workload;

import com.datastax.oss.driver.api.core.cql.Statement;

/**
 * Turns an op index into a bound statement: picks the op type, the population seed and the row's bytes.
 * Not thread-safe: each dispatcher owns one, so generation needs no coordination.
 */
public final class Workload
{
    private final Statements statements;
    private final RowGenerator rows;
    private final KeySampler keys;
    private final OpMix mix;

    public Workload(final Statements statements, final RowGenerator rows, final KeySampler keys, final OpMix mix)
    {
        this.statements = statements;
        this.rows = rows;
        this.keys = keys;
        this.mix = mix;
    }

    public RowBuffers newBuffers()
    {
        return new RowBuffers(rows.maxColumns(), rows.maxValueLength());
    }

    /** Fills the buffers for op opIndex (a read gets the values it expects) and returns its statement. */
    public Statement<?> next(final long opIndex, final RowBuffers row)
    {
        final long seed = keys.seed(opIndex);
        row.op = mix.next();
        row.seed = seed;
        rows.key(seed, row.key);
        final int columns = rows.columnCount(seed);
        row.columns = columns;
        for (int c = 0; c < columns; c++)
        {
            final int length = rows.value(seed, c, row.values[c]);
            row.valueBuffers[c].clear().limit(length);
        }
        return statements.bind(row);
    }
}
