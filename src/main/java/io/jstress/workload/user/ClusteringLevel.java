package io.jstress.workload.user;

import io.jstress.settings.CqlType;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The distinct values of one clustering column under the current parent, in generation order, consumed from the
 * front like cassandra-stress's per-level queue. Grows to the largest count seen, then reuses its cells.
 */
final class ClusteringLevel
{
    /** -pop contents=: ARBITRARY keeps generation order, SORTED the values' Java order, SHUFFLED a random one. */
    enum Order
    {
        ARBITRARY, SORTED, SHUFFLED
    }

    private final ValueGenerator generator;
    private final CqlType.Kind kind;
    private final Order order;
    private final SplittableRandom random;
    private final java.util.Comparator<Cell> javaOrder;
    private Cell[] cells = new Cell[0];
    private int[] slots = new int[0];
    private int size;
    /** The front of the queue; -1 stands for cassandra-stress's sentinel pushed in front, about to be polled. */
    private int head;

    ClusteringLevel(final ValueGenerator generator, final CqlType.Kind kind, final Order order,
        final SplittableRandom random)
    {
        this.generator = generator;
        this.kind = kind;
        this.order = order == Order.SORTED && !JavaOrder.comparable(kind) ? Order.ARBITRARY : order;
        this.random = random;
        this.javaOrder = (a, b) -> JavaOrder.compare(kind, a, b);
    }

    boolean isEmpty()
    {
        return head >= size;
    }

    int remaining()
    {
        return size - head;
    }

    Cell peek()
    {
        return cells[head];
    }

    /** The value of this level (from its start, whatever was consumed) with these bytes, or null. */
    Cell find(final java.nio.ByteBuffer bytes)
    {
        if (bytes == null)
        {
            return null;
        }
        for (int i = 0; i < size; i++)
        {
            if (cells[i].sameAs(bytes))
            {
                return cells[i];
            }
        }
        return null;
    }

    void poll()
    {
        head++;
    }

    void pushSentinel()
    {
        head--;
    }

    void clear()
    {
        size = 0;
        head = 0;
    }

    /** Appends count generated values, dropping repeats, from the generator as already seeded. */
    void fill(final int count)
    {
        ensure(count);
        if (count == 1)
        {
            generator.generate(cells[size++]);
            return;
        }
        if (order == Order.SORTED)
        {
            fillSorted(count);
            return;
        }
        final int start = size;
        Arrays.fill(slots, 0);
        for (int i = 0; i < count; i++)
        {
            final Cell next = cells[size];
            generator.generate(next);
            if (unique(next))
            {
                size++;
            }
        }
        if (order == Order.SHUFFLED)
        {
            for (int i = start; i < size; i++)
            {
                final int j = i + random.nextInt(size - i);
                final Cell swap = cells[i];
                cells[i] = cells[j];
                cells[j] = swap;
            }
        }
    }

    /** All count values sorted, then each kept unless it equals the one before. */
    private void fillSorted(final int count)
    {
        final int start = size;
        for (int i = 0; i < count; i++)
        {
            generator.generate(cells[start + i]);
        }
        Arrays.sort(cells, start, start + count, javaOrder);
        int kept = start;
        for (int i = start; i < start + count; i++)
        {
            if (i == start || JavaOrder.compare(kind, cells[kept - 1], cells[i]) < 0)
            {
                final Cell swap = cells[kept];
                cells[kept++] = cells[i];
                cells[i] = swap;
            }
        }
        size = kept;
    }

    /** Records the value in the open-addressing table of this fill; false if an equal one is there. */
    private boolean unique(final Cell next)
    {
        final int mask = slots.length - 1;
        for (int s = next.hash() & mask; ; s = (s + 1) & mask)
        {
            final int held = slots[s];
            if (held == 0)
            {
                slots[s] = size + 1;
                return true;
            }
            if (cells[held - 1].sameAs(next))
            {
                return false;
            }
        }
    }

    private void ensure(final int count)
    {
        final int needed = size + count;
        if (needed > cells.length)
        {
            final int old = cells.length;
            cells = Arrays.copyOf(cells, Math.max(needed, old * 2));
            for (int i = old; i < cells.length; i++)
            {
                cells[i] = new Cell(generator.maxLength());
            }
        }
        final int table = Integer.highestOneBit(Math.max(2, count) * 2 - 1) << 1;
        if (table > slots.length)
        {
            slots = new int[table];
        }
    }
}
