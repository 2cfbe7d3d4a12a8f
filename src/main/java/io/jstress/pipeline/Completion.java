package io.jstress.pipeline;

import com.lmax.disruptor.EventTranslatorOneArg;
import io.jstress.report.Outcome;

/**
 * An entry of the completion ring: one finished operation, with its three timestamps and how it ended.
 * The context travels along so the stats handler can hand it back to its dispatcher once it is recorded.
 */
public final class Completion
{
    static final EventTranslatorOneArg<Completion, OpContext> FROM_CONTEXT = (c, sequence, op) -> op.copyTo(c);

    int op;
    Outcome outcome;
    long intendedNs;
    long sentNs;
    long doneNs;
    int partitions;
    int rows;
    boolean notApplied;
    int tries;
    OpContext context;

    /** The op's index into the plan's op names. */
    public int op()
    {
        return op;
    }

    public Outcome outcome()
    {
        return outcome;
    }

    public long intendedNs()
    {
        return intendedNs;
    }

    public long sentNs()
    {
        return sentNs;
    }

    public long doneNs()
    {
        return doneNs;
    }

    public int partitions()
    {
        return partitions;
    }

    public int rows()
    {
        return rows;
    }

    /** A lightweight transaction the server did not apply. */
    public boolean notApplied()
    {
        return notApplied;
    }

    public int tries()
    {
        return tries;
    }

    /** Hands the operation's context back to its dispatcher; the completion must not be read after this. */
    public void release()
    {
        final OpContext c = context;
        context = null;
        c.release();
    }

    /** The line cassandra-stress prints for an op that failed on every try. */
    public String failureLine()
    {
        return context.failureLine(tries, outcome);
    }
}
