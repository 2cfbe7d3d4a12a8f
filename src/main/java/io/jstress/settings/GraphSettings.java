package io.jstress.settings;

import java.nio.file.Path;
import java.util.Optional;

/** -graph: accepted for compatibility; jstress does not draw graphs and says so. operation is op=. */
public record GraphSettings(Optional<Path> file, Optional<String> title, Optional<String> revision,
    Optional<String> operation)
{
    public GraphSettings(final Optional<Path> file, final Optional<String> title, final Optional<String> revision)
    {
        this(file, title, revision, Optional.empty());
    }
}
