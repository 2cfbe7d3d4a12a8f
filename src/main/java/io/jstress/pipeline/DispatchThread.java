package io.jstress.pipeline;

/** A dispatcher's thread, which carries the dispatcher's held writes to the driver's write coalescer. */
final class DispatchThread extends Thread
{
    private final WriteBatch writes;

    DispatchThread(final Runnable processor, final String name, final WriteBatch writes)
    {
        super(processor, name);
        this.writes = writes;
    }

    WriteBatch writes()
    {
        return writes;
    }
}
