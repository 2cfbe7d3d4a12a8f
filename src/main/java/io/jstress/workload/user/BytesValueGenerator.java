package io.jstress.workload.user;

import io.jstress.settings.CqlType;
import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;

/**
 * The types whose children's seeds mix in their serialized bytes: boolean (always true: cassandra-stress tests
 * draw % 1 == 0), inet (the draw's low 32 bits as an IPv4 address) and timestamp (milliseconds drawn from the
 * last 50 years by default).
 */
final class BytesValueGenerator extends ValueGenerator
{
    static final DistributionSpec DEFAULT_TIMESTAMP = DistributionSpec.of(new Distribution.Uniform(1,
        50L * 365L * 24L * 60L * 60L * 1000L));
    private final CqlType.Kind kind;

    BytesValueGenerator(final GeneratorConfig config, final CqlType.Kind kind)
    {
        super(config, kind == CqlType.Kind.TIMESTAMP ? DEFAULT_TIMESTAMP : DEFAULT_IDENTITY);
        this.kind = kind;
    }

    @Override
    void generate(final Cell out)
    {
        final long id = identity.next();
        out.startBytes();
        switch (kind)
        {
            case BOOLEAN -> out.put((byte)1);
            case INET -> out.putInt((int)id);
            default -> out.putBigEndian(id, Long.BYTES);
        }
    }

    @Override
    int maxLength()
    {
        return Long.BYTES;
    }
}
