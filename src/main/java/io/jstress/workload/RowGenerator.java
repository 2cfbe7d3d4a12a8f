package io.jstress.workload;

import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Distribution;

/**
 * Partition keys and cell values byte for byte as cassandra-stress 3.x generates them for its predefined
 * commands, so each tool validates the other's writes. For a population seed:
 * <ol>
 * <li>the key (keysize= bytes, default 10): a java.util.Random seeded with seed ^ salt("randomstrkey") draws a
 * uniform long in [1, 1e11], then one more for every 16 characters, whose 4-bit nibbles, low first, become them
 * ('0'-'9', then 'K'-'P');</li>
 * <li>the row's seed: the key's bytes folded as seed = 31 * seed + byte;</li>
 * <li>each column: a Random seeded with rowSeed ^ salt("randomstr" + name) draws s; the cell's size is drawn
 * from Random(s) under -col size=, and its bytes come from FasterRandom(~s), eight little-endian bytes a draw.</li>
 * </ol>
 * Not thread-safe: one per dispatcher. Allocates nothing after construction.
 */
public final class RowGenerator
{
    /** Characters each identity draw gives a key: 16 nibbles of a long. */
    private static final int CHARS_PER_DRAW = 16;
    private static final long IDENTITY_MAX = 100_000_000_000L;

    private final long keySalt = Murmur3.salt("randomstrkey");
    /** Salts the draw of a row's column count, apart from every cell's own draw. */
    private final long countSalt = Murmur3.salt("jstress column count");
    private final long[] columnSalts;
    private final Distribution size;
    private final int columns;
    /** null when -col n= is FIXED: every row has all columns */
    private final InverseCdf counts;
    private final int minColumns;
    private final int maxSize;
    private final Lcg random = new Lcg();
    private final FasterRandom bytes = new FasterRandom();
    private final byte[] key;
    private long keySeed = Long.MIN_VALUE;
    private long rowSeed;

    /** @param keySize the partition key's length in bytes (keysize=) */
    public RowGenerator(final ColumnSettings settings, final int keySize)
    {
        key = new byte[keySize];
        final var names = Schema.columnNames(settings);
        columns = (int)settings.count().max();
        counts = settings.count() instanceof Distribution.Fixed ? null : InverseCdf.of(settings.count());
        minColumns = (int)settings.count().min();
        columnSalts = new long[names.size()];
        for (int i = 0; i < columnSalts.length; i++)
        {
            columnSalts[i] = Murmur3.salt("randomstr" + names.get(i));
        }
        size = settings.size();
        maxSize = (int)size.max();
    }

    /** Writes the partition key of this population seed into dst[0..keyLength()). */
    public void key(final long seed, final byte[] dst)
    {
        prepare(seed);
        System.arraycopy(key, 0, dst, 0, key.length);
    }

    public int keyLength()
    {
        return key.length;
    }

    /**
     * How many columns this row has: all of them for a FIXED -col n=, else a draw from n= that depends only on the
     * row, so a read expects exactly what any write of that row wrote. A row of k columns has the first k, with
     * the values cassandra-stress gives those columns (cassandra-stress itself refuses a variable n= over CQL).
     */
    public int columnCount(final long seed)
    {
        if (counts == null)
        {
            return columns;
        }
        prepare(seed);
        random.setSeed(rowSeed ^ countSalt);
        return (int)counts.at(random.nextDouble());
    }

    /** Writes column `column`'s value of this row into dst and returns its length. */
    public int value(final long seed, final int column, final byte[] dst)
    {
        prepare(seed);
        random.setSeed(rowSeed ^ columnSalts[column]);
        final long s = random.uniform(1, IDENTITY_MAX);
        final int length = (int)sizeFor(s);
        bytes.setSeed(~s);
        for (int i = 0; i < length; )
        {
            long v = bytes.nextLong();
            for (int n = Math.min(length - i, Long.BYTES); n-- > 0; v >>= Byte.SIZE)
            {
                dst[i++] = (byte)v;
            }
        }
        return length;
    }

    public int maxValueLength()
    {
        return maxSize;
    }

    public int maxColumns()
    {
        return columns;
    }

    /** The fewest columns -col n= allows a row. */
    public int minColumns()
    {
        return minColumns;
    }

    private long sizeFor(final long s)
    {
        if (size instanceof Distribution.Fixed f)
        {
            return f.value();
        }
        random.setSeed(s);
        return random.uniform(size.min(), size.max());
    }

    /** The key and row seed depend only on the population seed, so consecutive calls for one row share them. */
    private void prepare(final long seed)
    {
        if (seed == keySeed)
        {
            return;
        }
        random.setSeed(seed ^ keySalt);
        random.uniform(1, IDENTITY_MAX);
        long value = 0;
        long fold = 0;
        for (int i = 0; i < key.length; i++)
        {
            if (i % CHARS_PER_DRAW == 0)
            {
                value = random.uniform(1, IDENTITY_MAX);
            }
            final int v = (int)(value & 15);
            key[i] = (byte)((v < 10 ? '0' : 'A') + v);
            value >>>= 4;
            fold = 31 * fold + key[i];
        }
        rowSeed = fold;
        keySeed = seed;
    }
}
