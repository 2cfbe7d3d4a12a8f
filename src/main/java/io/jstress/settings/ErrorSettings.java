package io.jstress.settings;

/**
 * -errors. retries is how many times a failed op is tried again (default 9, so "Operation x10" when it fails
 * for good); ignore keeps the run going after such an op.
 */
public record ErrorSettings(boolean ignore, int retries, boolean skipReadValidation, boolean skipUnsupportedColumns)
{
    public static final int DEFAULT_RETRIES = 9;

    public int tries()
    {
        return retries + 1;
    }
}
