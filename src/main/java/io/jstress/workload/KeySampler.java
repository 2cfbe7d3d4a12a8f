package io.jstress.workload;

/** PLACEHOLDER */
public interface KeySampler
{
    long seed(long opIndex);
}
