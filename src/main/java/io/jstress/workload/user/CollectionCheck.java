package io.jstress.workload.user;

import java.util.Arrays;

/**
 * Compares a serialized set or list a node returned with the largest one the generator makes for that row:
 * cassandra-stress draws collection sizes unseeded, so a set written is a subset, and a list written is a
 * prefix, or several prefixes one after another when the row was written several times (each write appends).
 */
final class CollectionCheck
{
    private int[] actualStarts = new int[16];
    private int[] expectedStarts = new int[16];
    private boolean[] reachable = new boolean[17];

    boolean subset(final Cell actual, final Cell expected)
    {
        final int a = elements(actual, true);
        final int e = elements(expected, false);
        if (a < 0 || e < 0)
        {
            return false;
        }
        for (int i = 0; i < a; i++)
        {
            boolean found = false;
            for (int j = 0; j < e && !found; j++)
            {
                found = sameElement(actual, actualStarts[i], expected, expectedStarts[j]);
            }
            if (!found)
            {
                return false;
            }
        }
        return true;
    }

    boolean prefixes(final Cell actual, final Cell expected)
    {
        final int a = elements(actual, true);
        final int e = elements(expected, false);
        if (a < 0 || e < 0)
        {
            return false;
        }
        if (reachable.length < a + 1)
        {
            reachable = new boolean[a + 1];
        }
        Arrays.fill(reachable, 0, a + 1, false);
        reachable[0] = true;
        for (int i = 0; i < a; i++)
        {
            for (int k = 0; reachable[i] && k < e && i + k < a
                && sameElement(actual, actualStarts[i + k], expected, expectedStarts[k]); k++)
            {
                reachable[i + k + 1] = true;
            }
        }
        return reachable[a];
    }

    /** Records where each element starts ([count][length][bytes]...); -1 if the bytes are not a collection. */
    private int elements(final Cell c, final boolean actual)
    {
        if (c.length < 4)
        {
            return -1;
        }
        final int count = readInt(c.bytes, 0);
        if (count < 0 || count > c.length)
        {
            return -1;
        }
        int[] starts = actual ? actualStarts : expectedStarts;
        if (starts.length < count)
        {
            starts = new int[count];
            if (actual)
            {
                actualStarts = starts;
            }
            else
            {
                expectedStarts = starts;
            }
        }
        int at = 4;
        for (int i = 0; i < count; i++)
        {
            if (at + 4 > c.length || at + 4 + readInt(c.bytes, at) > c.length)
            {
                return -1;
            }
            starts[i] = at;
            at += 4 + readInt(c.bytes, at);
        }
        return count;
    }

    private static boolean sameElement(final Cell a, final int at, final Cell b, final int bt)
    {
        final int length = readInt(a.bytes, at);
        return length == readInt(b.bytes, bt)
            && Arrays.equals(a.bytes, at + 4, at + 4 + length, b.bytes, bt + 4, bt + 4 + length);
    }

    private static int readInt(final byte[] b, final int at)
    {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }
}
