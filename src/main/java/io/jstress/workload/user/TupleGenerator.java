package io.jstress.workload.user;

import java.util.List;

/**
 * tuple and user-defined types (a jstress extension): each component from its own type's generator, salted as
 * "name.index" (a tuple) or "name.field" (a user type), all seeded with the row's seed.
 */
final class TupleGenerator extends ValueGenerator
{
    private final List<ValueGenerator> components;
    private final Cell scratch;

    TupleGenerator(final GeneratorConfig config, final List<ValueGenerator> components)
    {
        super(config, DEFAULT_IDENTITY);
        this.components = List.copyOf(components);
        scratch = new Cell(components.stream().mapToInt(ValueGenerator::maxLength).max().orElse(0));
    }

    @Override
    void setSeed(final long seed)
    {
        super.setSeed(seed);
        for (final ValueGenerator component : components)
        {
            component.setSeed(seed);
        }
    }

    @Override
    void generate(final Cell out)
    {
        out.startBytes();
        for (final ValueGenerator component : components)
        {
            component.generate(scratch);
            out.putInt(scratch.length);
            out.append(scratch);
        }
    }

    @Override
    int maxLength()
    {
        return components.stream().mapToInt(c -> Integer.BYTES + c.maxLength()).sum();
    }
}
