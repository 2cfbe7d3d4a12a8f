package io.jstress.settings;

/**
 * cassandra-stress's delay-policy=, min-delay-ms= and max-delay-ms=: how long to wait before retrying an op that
 * an overloaded server turned away. The defaults (constant, 0 ms) retry at once.
 */
public record RetryDelay(Policy policy, long minMs, long maxMs)
{
    public enum Policy
    {
        /** Every retry waits minMs. */
        CONSTANT,
        /** The wait grows from minMs towards maxMs with the number of tries. */
        LINEAR,
        /** The wait doubles with each try, from minMs, up to maxMs. */
        EXPONENTIAL
    }

    public static final long DEFAULT_MAX_MS = 20_000;
    public static final RetryDelay NONE = new RetryDelay(Policy.CONSTANT, 0, DEFAULT_MAX_MS);

    /** Whether a retry ever waits. */
    public boolean waits()
    {
        return minMs > 0;
    }
}
