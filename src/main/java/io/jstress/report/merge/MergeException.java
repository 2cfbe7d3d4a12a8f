package io.jstress.report.merge;

/** Inputs that cannot be merged; the message is the one line to print, naming the file and what is wrong. */
final class MergeException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    MergeException(final String message)
    {
        super(message, null, false, false);
    }
}
