package io.jstress.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Client TLS, from the -transport words. Unlike cassandra-stress, nothing is made up: without a keystore no client
 * certificate is offered, an empty cipher list means the JVM's defaults, and an absent store type means the format
 * is recognised from each file's content.
 *
 * @param algorithm the key and trust manager algorithm (ssl-alg=); empty means the JVM's defaults
 */
public record TlsSettings(
    Path truststore,
    Optional<Secret> truststorePassword,
    Optional<Path> keystore,
    Optional<Secret> keystorePassword,
    String protocol,
    Optional<String> algorithm,
    Optional<StoreType> storeType,
    List<String> cipherSuites,
    boolean hostnameVerification)
{
    public static final String DEFAULT_PROTOCOL = "TLS";

    /** The same settings with other stores: those jstress made for its embedded nodes. */
    public TlsSettings withStores(final Path trust, final Optional<Path> key, final Secret password,
        final StoreType type)
    {
        return new TlsSettings(trust, Optional.of(password), key, key.map(k -> password), protocol, algorithm,
            Optional.of(type), cipherSuites, hostnameVerification);
    }
}
