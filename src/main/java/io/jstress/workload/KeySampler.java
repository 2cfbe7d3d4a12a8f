package io.jstress.workload;

/** The population seed of each operation. Not thread-safe: each dispatcher has its own. */
@FunctionalInterface
public interface KeySampler
{
    long seed(long opIndex);
}
