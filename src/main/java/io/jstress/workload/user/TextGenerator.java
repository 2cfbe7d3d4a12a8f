package io.jstress.workload.user;

import io.jstress.workload.FasterRandom;

/**
 * ascii, text and varchar, and blob: the identity draw seeds both the length (from the size distribution) and a
 * FasterRandom whose little-endian bytes are the value. For text each byte is folded into 32..127 and masked
 * to 7 bits, so the characters are ASCII.
 */
final class TextGenerator extends ValueGenerator
{
    private final FasterRandom random = new FasterRandom();
    private final boolean text;

    TextGenerator(final GeneratorConfig config, final boolean text)
    {
        super(config, DEFAULT_IDENTITY);
        this.text = text;
    }

    @Override
    void generate(final Cell out)
    {
        final long seed = identity.next();
        size.setSeed(seed);
        random.setSeed(~seed);
        final int length = (int)size.next();
        out.startBytes();
        for (int i = 0; i < length; )
        {
            long v = random.nextLong();
            for (int n = Math.min(length - i, Long.BYTES); n-- > 0; v >>= Byte.SIZE, i++)
            {
                out.put(text ? (byte)(((v & 127) + 32) & 127) : (byte)v);
            }
        }
    }

    @Override
    int maxLength()
    {
        return (int)Math.max(size.maxValue(), size.minValue());
    }
}
