package io.jstress.workload;

import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.settings.OpType;
import io.jstress.workload.dist.Sampler;

import java.util.Arrays;
import java.util.List;

/**
 * The predefined commands' workload: turns an op index into a bound statement by picking the op, the
 * population seed and the row's bytes. Each op touches one partition, so it never takes from the budget: the
 * pacer's limit of n ops already is it.
 */
public final class PredefinedWorkload implements Workload
{
    private final Statements statements;
    private final RowGenerator rows;
    private final KeySampler keys;
    private final OpMix mix;
    private final OpType[] types;
    private final boolean writes;
    private final boolean values;
    private final Sampler add;

    /**
     * @param types the op type of each op index the mix picks
     * @param add   each counter column's increment (add=)
     */
    public PredefinedWorkload(final Statements statements, final RowGenerator rows, final KeySampler keys,
        final OpMix mix, final OpType[] types, final Sampler add)
    {
        this.add = add;
        this.statements = statements;
        this.rows = rows;
        this.keys = keys;
        this.mix = mix;
        this.types = types.clone();
        final List<OpType> ops = Arrays.asList(types);
        this.writes = ops.contains(OpType.WRITE);
        this.values = writes || ops.contains(OpType.READ);
    }

    @Override
    public RowBuffers newBuffers()
    {
        return new RowBuffers(rows.keyLength(), rows.minColumns(), rows.maxColumns(),
            values ? rows.maxValueLength() : 0, writes);
    }

    /** Fills the buffers for op opIndex (a read gets the values it expects) and returns its statement. */
    @Override
    public Statement<?> next(final long opIndex, final OpBuffers buffers)
    {
        final RowBuffers row = (RowBuffers)buffers;
        // the op is picked first, so that an op whose key cannot be drawn still fails under its own name
        row.op = mix.next();
        row.type = types[row.op];
        final long seed = keys.seed(opIndex);
        row.seed = seed;
        rows.key(seed, row.key);
        final int columns = rows.columnCount(seed);
        row.columns = columns;
        // a counter op sends or expects no cell bytes, and its buffers have no room for them
        for (int c = 0; c < columns && (row.type == OpType.WRITE || row.type == OpType.READ); c++)
        {
            final int length = rows.value(seed, c, row.values[c]);
            row.valueBuffers[c].clear().limit(length);
        }
        // as cassandra-stress's CqlCounterAdder: one draw for every column of the counter table
        for (int c = 0; c < row.increments.length && row.type == OpType.COUNTER_WRITE; c++)
        {
            row.increments[c].value = add.next();
        }
        return statements.bind(row);
    }
}
