package io.jstress.workload.user;

/** One in-flight op's rows (a pool per profile) and what it is doing; reused op after op. */
public final class UserBuffers
{
    final RowPool[] pools;
    final OpResult result = new OpResult();

    UserBuffers(final RowPool[] pools)
    {
        this.pools = pools;
    }

    public OpResult result()
    {
        return result;
    }
}
