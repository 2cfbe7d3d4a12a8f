package io.jstress.settings;

import java.util.Optional;

/** -transport: TLS when a truststore was given, plain text otherwise. */
public record TransportSettings(Optional<TlsSettings> tls)
{
    public static final TransportSettings PLAIN = new TransportSettings(Optional.empty());
}
