package io.jstress.workload.user;

import io.jstress.workload.FasterRandom;

/**
 * ascii, text and varchar: the identity draw seeds both the length (from the size distribution) and a
 * FasterRandom whose bytes, each folded into 32..127 and masked to 7 bits, are the characters.
 */
final class TextGenerator extends ValueGenerator
{
    private final FasterRandom chars = new FasterRandom();

    TextGenerator(final GeneratorConfig config)
    {
        super(config, DEFAULT_IDENTITY);
    }

    @Override
    void generate(final Cell out)
    {
        final long seed = identity.next();
        size.setSeed(seed);
        chars.setSeed(~seed);
        final int length = (int)size.next();
        out.startBytes();
        for (int i = 0; i < length; )
        {
            long v = chars.nextLong();
            for (int n = Math.min(length - i, Long.BYTES); n-- > 0; v >>= Byte.SIZE, i++)
            {
                out.put((byte)(((v & 127) + 32) & 127));
            }
        }
    }

    @Override
    int maxLength()
    {
        return (int)Math.max(size.maxValue(), size.minValue());
    }
}
