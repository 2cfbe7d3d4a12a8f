package io.jstress.settings;

import java.time.Instant;
import java.util.Optional;

/**
 * -split: this loader is number index (from 0) of `of` loaders that together run the command as given. Its n=,
 * rate and population are already its own share in the other settings; this record says which share it is and,
 * with start-at=, the wall-clock instant at which every loader's measured run starts.
 */
public record SplitSettings(int index, int of, Optional<Instant> startAt)
{
    public static final SplitSettings NONE = new SplitSettings(0, 1, Optional.empty());

    /** Whether this loader runs a share of the workload rather than all of it. */
    public boolean split()
    {
        return of > 1;
    }
}
