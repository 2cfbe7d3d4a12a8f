package io.jstress.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** -log: the report interval (default 1 s), the HDR log, a copy of the console, the JSON summary. */
public record LogSettings(
    Duration interval,
    Optional<Path> hdrFile,
    Optional<Path> file,
    Optional<Path> json,
    Optional<String> level,
    boolean noSummary,
    boolean noSettings)
{
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);
}
