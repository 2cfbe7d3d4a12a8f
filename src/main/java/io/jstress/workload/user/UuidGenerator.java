package io.jstress.workload.user;

import io.jstress.settings.CqlType;

/**
 * uuid: new UUID(draw, draw). timeuuid: a version 1 UUID whose time is a timestamp draw (in milliseconds, no
 * sub-millisecond part) and whose clock sequence and node are the column's salt, as cassandra-stress builds it.
 * A timeuuid seeds only its timestamp generator, so its own cluster distribution is never seeded.
 */
final class UuidGenerator extends ValueGenerator
{
    /** 1582-10-15, the start of the UUID epoch, in Unix milliseconds. */
    private static final long START_EPOCH = -12219292800000L;
    private final boolean time;
    private final BytesValueGenerator timestamp;

    UuidGenerator(final GeneratorConfig config, final boolean time)
    {
        super(config, DEFAULT_IDENTITY);
        this.time = time;
        this.timestamp = time ? new BytesValueGenerator(config, CqlType.Kind.TIMESTAMP) : null;
    }

    @Override
    void setSeed(final long seed)
    {
        if (time)
        {
            timestamp.setSeed(seed);
        }
        else
        {
            super.setSeed(seed);
        }
    }

    @Override
    void generate(final Cell out)
    {
        if (!time)
        {
            final long id = identity.next();
            out.startNumber(0);
            out.putBigEndian(id, Long.BYTES);
            out.putBigEndian(id, Long.BYTES);
            return;
        }
        final long millis = timestamp.identity.next();
        final long since = (millis - START_EPOCH) * 10000;
        long msb = (0x00000000ffffffffL & since) << 32;
        msb |= (0x0000ffff00000000L & since) >>> 16;
        msb |= (0xffff000000000000L & since) >>> 48;
        msb |= 0x0000000000001000L;
        out.startNumber(msb ^ salt);
        out.putBigEndian(msb, Long.BYTES);
        out.putBigEndian(salt, Long.BYTES);
    }

    @Override
    int maxLength()
    {
        return 2 * Long.BYTES;
    }
}
