package io.jstress.workload.user;

import io.jstress.settings.CqlType;

import java.util.ArrayList;
import java.util.List;

/** The generator of each CQL type, as cassandra-stress picks it (and, beyond it, for maps, tuples and user types). */
final class ValueGenerators
{
    private ValueGenerators()
    {
    }

    static ValueGenerator of(final String name, final CqlType type, final GeneratorConfig config)
    {
        return switch (type.kind())
        {
            case ASCII, TEXT, VARCHAR -> new TextGenerator(config, true);
            case BLOB -> new TextGenerator(config, false);
            case BIGINT, COUNTER, TIME, INT, SMALLINT, TINYINT, DATE -> new IntegerGenerator(config, type.kind());
            case DECIMAL, VARINT -> new BigNumberGenerator(config, type.kind() == CqlType.Kind.DECIMAL);
            case DOUBLE, FLOAT -> new FloatingGenerator(config, type.kind() == CqlType.Kind.FLOAT);
            case BOOLEAN, INET, TIMESTAMP -> new BytesValueGenerator(config, type.kind());
            case UUID, TIMEUUID -> new UuidGenerator(config, type.kind() == CqlType.Kind.TIMEUUID);
            case SET, LIST -> new CollectionGenerator(config, of(name, type.args().get(0), config),
                type.args().get(0).kind(), type.kind() == CqlType.Kind.SET);
            case MAP -> new MapGenerator(config, of(name, type.args().get(0), config), type.args().get(0).kind(),
                of(name + ":value", type.args().get(1), config.renamed(name + ":value")));
            case TUPLE, UDT -> new TupleGenerator(config, components(name, type, config));
            case DURATION, VECTOR, OTHER -> throw new IllegalArgumentException("column " + name + " has type "
                + type.cql() + ", which jstress cannot generate");
        };
    }

    private static List<ValueGenerator> components(final String name, final CqlType type, final GeneratorConfig config)
    {
        final List<ValueGenerator> components = new ArrayList<>();
        for (int i = 0; i < type.args().size(); i++)
        {
            final String part = name + "." + (type.kind() == CqlType.Kind.UDT ? type.fields().get(i) : i);
            components.add(of(part, type.args().get(i), config.renamed(part)));
        }
        return components;
    }
}
