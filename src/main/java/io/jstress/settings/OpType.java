package io.jstress.settings;

/** One kind of operation. Its name is what the console brackets and the HDR tags print. */
public enum OpType
{
    // alphabetical, so iterating values() prints READ before WRITE as harnesses expect
    COUNTER_READ, COUNTER_WRITE, READ, WRITE
}
