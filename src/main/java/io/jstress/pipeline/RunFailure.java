package io.jstress.pipeline;

/** A run that cannot go on, with the one line that tells the user why. */
final class RunFailure extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    RunFailure(final String message)
    {
        super(message, null, false, false);
    }
}
