package io.jstress.workload.user;

import io.jstress.workload.FasterRandom;

/** blob: the identity draw seeds the length and a FasterRandom whose little-endian bytes are the value. */
final class BlobGenerator extends ValueGenerator
{
    private final FasterRandom random = new FasterRandom();

    BlobGenerator(final GeneratorConfig config)
    {
        super(config, DEFAULT_IDENTITY);
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
                out.put((byte)v);
            }
        }
    }

    @Override
    int maxLength()
    {
        return (int)Math.max(size.maxValue(), size.minValue());
    }
}
