package io.jstress.pipeline.tls;

/** A TLS set-up or handshake failure, already phrased as the one line the user reads. It never holds a secret. */
public final class TlsException extends RuntimeException
{
    private static final long serialVersionUID = 1L;

    TlsException(final String message)
    {
        super(message, null, false, false);
    }
}
