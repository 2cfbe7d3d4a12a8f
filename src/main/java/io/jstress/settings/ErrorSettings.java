package io.jstress.settings;

/**
 * -errors. retries is how many times a failed op is tried again (default 9, so "Operation x10" when it fails
 * for good); ignore keeps the run going after such an op; failFast stops the run at a failure without waiting
 * for the ops still in flight; delay is the pause before a retry after an overloaded server.
 */
public record ErrorSettings(boolean ignore, int retries, boolean skipReadValidation, boolean skipUnsupportedColumns,
    boolean failFast, RetryDelay delay)
{
    public static final int DEFAULT_RETRIES = 9;

    public int tries()
    {
        return retries + 1;
    }

    /** The same retries, but no failure stops the run: a warm-up measures nothing, so it never fails one. */
    public ErrorSettings ignoring()
    {
        return new ErrorSettings(true, retries, skipReadValidation, skipUnsupportedColumns, false, delay);
    }
}
