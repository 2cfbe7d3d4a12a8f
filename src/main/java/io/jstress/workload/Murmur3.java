package io.jstress.workload;

import java.nio.charset.StandardCharsets;

/**
 * The first 64 bits of MurmurHash3 x64-128 (seed 0): how cassandra-stress salts each generator by its name.
 * Only ever hashes short ASCII names, once, at start-up.
 */
public final class Murmur3
{
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    private Murmur3()
    {
    }

    public static long salt(final String name)
    {
        final byte[] key = name.getBytes(StandardCharsets.UTF_8);
        final int blocks = key.length / 16;
        long h1 = 0;
        long h2 = 0;
        for (int i = 0; i < blocks; i++)
        {
            h1 ^= mixK1(block(key, i * 16));
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            h2 ^= mixK2(block(key, i * 16 + 8));
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        long k1 = 0;
        long k2 = 0;
        final int tail = blocks * 16;
        for (int i = key.length - tail - 1; i >= 0; i--)
        {
            // Cassandra's implementation sign-extends tail bytes; identical for the ASCII names hashed here
            final long b = key[tail + i];
            if (i >= 8)
            {
                k2 ^= b << ((i - 8) * 8);
            }
            else
            {
                k1 ^= b << (i * 8);
            }
        }
        if (key.length - tail > 8)
        {
            h2 ^= mixK2(k2);
        }
        if (key.length - tail > 0)
        {
            h1 ^= mixK1(k1);
        }
        h1 ^= key.length;
        h2 ^= key.length;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        return h1;
    }

    private static long mixK1(final long k)
    {
        return Long.rotateLeft(k * C1, 31) * C2;
    }

    private static long mixK2(final long k)
    {
        return Long.rotateLeft(k * C2, 33) * C1;
    }

    private static long block(final byte[] key, final int offset)
    {
        long v = 0;
        for (int i = 7; i >= 0; i--)
        {
            v = (v << 8) | (key[offset + i] & 0xFF);
        }
        return v;
    }

    private static long fmix(final long k)
    {
        long h = k;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
