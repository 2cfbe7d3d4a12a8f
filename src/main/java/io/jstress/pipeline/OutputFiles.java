package io.jstress.pipeline;

import io.jstress.settings.LogSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks, before the run connects, that each file the run will write (-log file=, hdrfile=, json=) can be
 * created: a missing directory or one without write permission is found now, not after an hour of load. A disk
 * that fills up during the run can only be found when it happens; the run then says so after its Results.
 */
final class OutputFiles
{
    private OutputFiles()
    {
    }

    static void check(final LogSettings log)
    {
        check("file=", log.file(), false);
        check("hdrfile=", log.hdrFile(), false);
        // the summary is written beside its file and renamed over it, so its directory must take a new file
        check("json=", log.json(), true);
    }

    private static void check(final String word, final Optional<Path> file, final boolean renamedIntoPlace)
    {
        file.ifPresent(f ->
        {
            final String problem = problem(f.toAbsolutePath(), renamedIntoPlace);
            if (problem != null)
            {
                throw new RunFailure("cannot write -log " + word + f + ": " + problem);
            }
        });
    }

    /** @return why the file cannot be written, or null if it can */
    private static String problem(final Path file, final boolean renamedIntoPlace)
    {
        if (Files.isDirectory(file))
        {
            return "it is a directory";
        }
        if (Files.exists(file) && (!renamedIntoPlace || !Files.isRegularFile(file)))
        {
            // a device such as /dev/stdout is written in place
            return Files.isWritable(file) ? null : "permission denied";
        }
        final Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir))
        {
            return "the directory " + dir + " does not exist";
        }
        return Files.isWritable(dir) ? null : "permission denied in " + dir;
    }
}
