package io.jstress.node;

import io.jstress.settings.TransportSettings;

/** Whether embedded nodes encrypt client connections, and whether they demand a client certificate. */
public enum ClientTls
{
    OFF(""),
    SERVER_ONLY(" over TLS (throwaway CA; the -transport store files are not read)"),
    MUTUAL(" over mutual TLS (throwaway CA and client certificate; the -transport store files are not read)");

    private final String shown;

    ClientTls(final String shown)
    {
        this.shown = shown;
    }

    /** How the "Embedded Cassandra" line says it, after the addresses. */
    @Override
    public String toString()
    {
        return shown;
    }

    /** What -transport asks of -node embedded: TLS with a truststore=, mutual TLS when a keystore= is given too. */
    public static ClientTls askedBy(final TransportSettings transport)
    {
        return transport.tls().map(t -> t.keystore().isPresent() ? MUTUAL : SERVER_ONLY).orElse(OFF);
    }
}
