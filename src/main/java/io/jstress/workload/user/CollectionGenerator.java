package io.jstress.workload.user;

import io.jstress.settings.CqlType;

/**
 * set and list (frozen or not): elements from the element type's generator, seeded with seed * 31 and sharing
 * the column's distributions. The element count is drawn from the column's size distribution, which nothing
 * ever seeds: cassandra-stress leaves it to an unseeded random, so between two runs one list is a prefix of the
 * other and one set a subset. A set drops repeated elements and is kept in Cassandra's order for its element
 * type, so it serializes as the node stores it.
 */
final class CollectionGenerator extends ValueGenerator
{
    private final ValueGenerator element;
    private final boolean set;
    private final CqlType.Kind elementKind;
    private final Cell[] elements;
    /** For tests: every collection takes the most elements its size distribution allows. */
    boolean largest;

    CollectionGenerator(final GeneratorConfig config, final ValueGenerator element, final CqlType.Kind elementKind,
        final boolean set)
    {
        super(config, DEFAULT_IDENTITY);
        this.element = element;
        this.elementKind = elementKind;
        this.set = set;
        final int most = (int)Math.max(size.maxValue(), size.minValue());
        elements = new Cell[Math.max(most, 0)];
        for (int i = 0; i < elements.length; i++)
        {
            elements[i] = new Cell(element.maxLength());
        }
    }

    @Override
    void setSeed(final long seed)
    {
        super.setSeed(seed);
        element.setSeed(seed * 31);
    }

    @Override
    void generate(final Cell out)
    {
        final int wanted = largest ? elements.length : Math.min((int)size.next(), elements.length);
        int count = 0;
        for (int i = 0; i < wanted; i++)
        {
            final Cell next = elements[count];
            element.generate(next);
            if (!set || insertSorted(count))
            {
                count++;
            }
        }
        out.startBytes();
        out.putInt(count);
        for (int i = 0; i < count; i++)
        {
            out.putInt(elements[i].length);
            out.append(elements[i]);
        }
    }

    /** Moves the element just written at [count] into byte order; false if an equal element is already there. */
    private boolean insertSorted(final int count)
    {
        final Cell added = elements[count];
        int at = count;
        while (at > 0)
        {
            final int c = ElementOrder.compare(elementKind, elements[at - 1], added);
            if (c == 0)
            {
                return false;
            }
            if (c < 0)
            {
                break;
            }
            at--;
        }
        System.arraycopy(elements, at, elements, at + 1, count - at);
        elements[at] = added;
        return true;
    }

    @Override
    int maxLength()
    {
        return Integer.BYTES + elements.length * (Integer.BYTES + element.maxLength());
    }
}
