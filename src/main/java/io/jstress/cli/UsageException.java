package io.jstress.cli;

/**
 * A command line that cannot be run. Its message is the single stderr line the user sees, so it names the bad
 * word and what was expected; it carries no stack trace because none is ever printed.
 */
public final class UsageException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    public UsageException(final String message)
    {
        super(message, null, false, false);
    }
}
