package io.jstress.settings;

/** truncate=: when the tables are emptied before the workload. */
public enum Truncate
{
    NEVER, ONCE, ALWAYS
}
