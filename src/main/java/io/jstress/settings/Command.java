package io.jstress.settings;

/** The workload commands; help, version and print are handled by the cli and never reach a run. */
public enum Command
{
    WRITE, READ, MIXED, COUNTER_WRITE, COUNTER_READ, USER
}
