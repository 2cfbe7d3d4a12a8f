package io.jstress.settings;

import java.nio.file.Path;
import java.util.Optional;

/** -graph: accepted for compatibility; jstress does not draw graphs and says so. */
public record GraphSettings(Optional<Path> file, Optional<String> title, Optional<String> revision)
{
}
