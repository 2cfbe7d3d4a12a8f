package io.jstress.workload;

import com.datastax.oss.driver.api.core.cql.Statement;
import io.jstress.settings.OpType;
import io.jstress.workload.dist.Sampler;

import java.util.Arrays;
import java.util.List;

/**
 * The predefined commands' workload: turns an op index into a bound statement by picking the op, the
 * population seed and the row's bytes. Each op touches one partition, so it never takes from the budget: the
 * pacer's limit of n ops already is it. A -pop no-wrap sequence of K keys ends the run at op index K: it spends
 * the budget, and the ops after it are not sent.
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
    /** Long.MAX_VALUE, or with -pop no-wrap the size of the sequence: the first op index with no key */
    private final long keysEnd;
    private final WorkBudget budget;
    /** -pop read-lookback=: where writes and reads take their keys; null when the op index picks them */
    private final LookbackSeries series;
    private final Sampler lookback;

    /**
     * @param types   the op type of each op index the mix picks
     * @param add     each counter column's increment (add=)
     * @param keysEnd the first op index with no key (-pop no-wrap), Long.MAX_VALUE when keys never run out
     * @param budget  what the run may still do; spent when the keys run out
     * @param series  the run's -pop read-lookback= series, shared by its dispatchers, or null
     * @param lookback this dispatcher's read-lookback= draws, or null
     */
    public PredefinedWorkload(final Statements statements, final RowGenerator rows, final KeySampler keys,
        final OpMix mix, final OpType[] types, final Sampler add, final long keysEnd, final WorkBudget budget,
        final LookbackSeries series, final Sampler lookback)
    {
        this.series = series;
        this.lookback = lookback;
        this.add = add;
        this.keysEnd = keysEnd;
        this.budget = budget;
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
            values ? rows.maxValueLength() : 0, writes, series);
    }

    /** Fills the buffers for op opIndex (a read gets the values it expects) and returns its statement. */
    @Override
    public Statement<?> next(final long opIndex, final OpBuffers buffers)
    {
        if (opIndex >= keysEnd)
        {
            budget.spendAll();
            return null;
        }
        final RowBuffers row = (RowBuffers)buffers;
        // the op is picked first, so that an op whose key cannot be drawn still fails under its own name
        row.op = mix.next();
        row.type = types[row.op];
        final long seed = series == null ? keys.seed(opIndex) : seriesSeed(row);
        if (seed < 0)
        {
            budget.spendAll();
            return null;
        }
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

    /** A write takes the series' next key, a read one already written (-1: a no-wrap series is used up). */
    private long seriesSeed(final RowBuffers row)
    {
        if (row.type == OpType.WRITE || row.type == OpType.COUNTER_WRITE)
        {
            row.position = series.nextWrite();
            return row.position < 0 ? -1 : series.seed(row.position);
        }
        row.position = -1;
        return series.readSeed(lookback.next());
    }
}
