package io.jstress.settings;

import java.util.List;
import java.util.OptionalLong;

/**
 * -col: how many columns (n=, default FIXED(5)), their size (size=, default FIXED(34)), names (C0..) and the
 * timestamp= every write uses (USING TIMESTAMP), if given.
 */
public record ColumnSettings(Distribution count, Distribution size, List<String> names, OptionalLong timestamp)
{
    public ColumnSettings(final Distribution count, final Distribution size, final List<String> names)
    {
        this(count, size, names, OptionalLong.empty());
    }
}
