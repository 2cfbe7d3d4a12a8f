package io.jstress.pipeline;

/**
 * The intended start of each operation: op i starts at t0 + i/rate, computed exactly in integers so the
 * schedule never drifts and never overflows. Ops that are late keep their intended time, which is what
 * makes the response time honest.
 */
public final class Schedule
{
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long startNs;
    private final long opsPerSecond;

    public Schedule(final long startNs, final long opsPerSecond)
    {
        this.startNs = startNs;
        this.opsPerSecond = opsPerSecond;
    }

    public long intendedNs(final long index)
    {
        return startNs + (index / opsPerSecond) * NANOS_PER_SECOND
            + (index % opsPerSecond) * NANOS_PER_SECOND / opsPerSecond;
    }

    /** How long the schedule takes to start this many ops. */
    public long spanNs(final long ops)
    {
        return ops * NANOS_PER_SECOND / opsPerSecond;
    }

    /** How many ops are due by nowNs: the index of the first op whose intended start is after nowNs. */
    public long dueBy(final long nowNs)
    {
        if (nowNs < startNs)
        {
            return 0;
        }
        final long elapsed = nowNs - startNs;
        final long rest = elapsed % NANOS_PER_SECOND;
        // within the current second, op r is due when floor(r * 1e9 / rate) <= rest, i.e. r < (rest + 1) * rate / 1e9
        return (elapsed / NANOS_PER_SECOND) * opsPerSecond
            + ((rest + 1) * opsPerSecond + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    }
}
