package io.jstress.workload.user;

import io.jstress.settings.CqlType;

/**
 * map (a jstress extension: cassandra-stress cannot generate maps). Fully seeded: the entry count comes from the
 * size distribution seeded with seed ^ salt, keys from the key type's generator and values from the value type's
 * (salted as "name:value"), both seeded with seed * 31. A repeated key keeps its first value; entries are kept
 * in Cassandra's order for the key type, so a map serializes as the node stores it.
 */
final class MapGenerator extends ValueGenerator
{
    private final ValueGenerator keys;
    private final ValueGenerator values;
    private final Cell[] keyCells;
    private final Cell[] valueCells;
    private final CqlType.Kind keyKind;

    MapGenerator(final GeneratorConfig config, final ValueGenerator keys, final CqlType.Kind keyKind,
        final ValueGenerator values)
    {
        super(config, DEFAULT_IDENTITY);
        this.keys = keys;
        this.keyKind = keyKind;
        this.values = values;
        final int most = (int)Math.max(0, Math.max(size.maxValue(), size.minValue()));
        keyCells = new Cell[most];
        valueCells = new Cell[most];
        for (int i = 0; i < most; i++)
        {
            keyCells[i] = new Cell(keys.maxLength());
            valueCells[i] = new Cell(values.maxLength());
        }
    }

    @Override
    void setSeed(final long seed)
    {
        super.setSeed(seed);
        size.setSeed(seed ^ salt);
        keys.setSeed(seed * 31);
        values.setSeed(seed * 31);
    }

    @Override
    void generate(final Cell out)
    {
        final int wanted = Math.min((int)size.next(), keyCells.length);
        int count = 0;
        for (int i = 0; i < wanted; i++)
        {
            keys.generate(keyCells[count]);
            values.generate(valueCells[count]);
            if (!repeated(count))
            {
                sortLast(count++);
            }
        }
        out.startBytes();
        out.putInt(count);
        for (int i = 0; i < count; i++)
        {
            out.putInt(keyCells[i].length);
            out.append(keyCells[i]);
            out.putInt(valueCells[i].length);
            out.append(valueCells[i]);
        }
    }

    /** Moves the entry just added at [last] to its place in key order. */
    private void sortLast(final int last)
    {
        for (int at = last; at > 0 && ElementOrder.compare(keyKind, keyCells[at - 1], keyCells[at]) > 0; at--)
        {
            final Cell k = keyCells[at];
            keyCells[at] = keyCells[at - 1];
            keyCells[at - 1] = k;
            final Cell v = valueCells[at];
            valueCells[at] = valueCells[at - 1];
            valueCells[at - 1] = v;
        }
    }

    private boolean repeated(final int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (keyCells[i].sameAs(keyCells[count]))
            {
                return true;
            }
        }
        return false;
    }

    @Override
    int maxLength()
    {
        return Integer.BYTES + keyCells.length * (2 * Integer.BYTES + keys.maxLength() + values.maxLength());
    }
}
