package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.metadata.TokenMap;
import com.datastax.oss.driver.api.core.metadata.token.TokenRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ring's token ranges as one phase's token range queries read them, shared by its dispatchers: each range is
 * handed to one reader at a time, which reads it page by page. Without wrap the phase is over once every range
 * was read; with it, the ranges are handed out again.
 */
final class TokenRanges
{
    private final List<TokenRange> all;
    private final boolean wrap;
    private final ConcurrentLinkedQueue<TokenRange> pending;
    private final AtomicInteger reading = new AtomicInteger();

    TokenRanges(final List<TokenRange> all, final boolean wrap)
    {
        this.all = all;
        this.wrap = wrap;
        this.pending = new ConcurrentLinkedQueue<>(all);
    }

    /**
     * The ring's ranges as cassandra-stress reads them: the one that wraps around split at the ring's end, in
     * token order, each split evenly into splitFactor.
     */
    static List<TokenRange> of(final CqlSession session, final int splitFactor)
    {
        final TokenMap map = session.getMetadata().getTokenMap().orElseThrow(() -> new IllegalStateException(
            "the driver has no token map of the cluster, which token range queries need"));
        final List<TokenRange> sorted = new ArrayList<>();
        for (final TokenRange range : map.getTokenRanges())
        {
            sorted.addAll(range.unwrap());
        }
        Collections.sort(sorted);
        if (splitFactor <= 1)
        {
            return List.copyOf(sorted);
        }
        final TreeSet<TokenRange> split = new TreeSet<>();
        for (final TokenRange range : sorted)
        {
            split.addAll(range.splitEvenly(splitFactor));
        }
        return List.copyOf(split);
    }

    /** The next range to read, or null when none is left now; a reader given one calls {@link #done()} after it. */
    TokenRange next()
    {
        reading.incrementAndGet();
        if (wrap && pending.isEmpty())
        {
            // two readers may both refill: a range is then read twice in this round, as in cassandra-stress
            pending.addAll(all);
        }
        final TokenRange range = pending.poll();
        if (range == null)
        {
            reading.decrementAndGet();
        }
        return range;
    }

    void done()
    {
        reading.decrementAndGet();
    }

    /** Whether every range was read and none is being read: without wrap, nothing is left to do. */
    boolean finished()
    {
        return !wrap && pending.isEmpty() && reading.get() == 0;
    }
}
