package io.jstress.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * -log: the report interval (default 1 s), the HDR log, a copy of the console, the JSON summary, the level, and
 * whether a user op's failure line names its statement (print-statements-on-error).
 */
public record LogSettings(
    Duration interval,
    Optional<Path> hdrFile,
    Optional<Path> file,
    Optional<Path> json,
    Optional<String> level,
    boolean noSummary,
    boolean noSettings,
    boolean printStatementsOnError)
{
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    /** level=minimal: an op that fails for good under -errors ignore prints no line (it is still counted). */
    public boolean minimal()
    {
        return level.filter("minimal"::equals).isPresent();
    }

    /** level=verbose: what the driver negotiated, and the bytes it moved, on stderr. */
    public boolean verbose()
    {
        return level.filter("verbose"::equals).isPresent();
    }
}
