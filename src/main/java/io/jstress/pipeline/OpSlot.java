package io.jstress.pipeline;

/** An entry of the op ring: which operation, and when it should start (0 when there is no schedule). */
public final class OpSlot
{
    long index;
    long intendedNs;
}
