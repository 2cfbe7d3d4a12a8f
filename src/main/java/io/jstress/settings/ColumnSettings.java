package io.jstress.settings;

import java.util.List;

/** -col: how many columns (n=, default FIXED(5)), their size (size=, default FIXED(34)) and names (C0..). */
public record ColumnSettings(Distribution count, Distribution size, List<String> names)
{
}
