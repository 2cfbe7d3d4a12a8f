package io.jstress.settings;

import java.nio.file.Path;
import java.util.Optional;

/** -graph: the HTML page each run is appended to, its title, this run's revision= and op= (operation). */
public record GraphSettings(Optional<Path> file, Optional<String> title, Optional<String> revision,
    Optional<String> operation)
{
    public GraphSettings(final Optional<Path> file, final Optional<String> title, final Optional<String> revision)
    {
        this(file, title, revision, Optional.empty());
    }
}
