package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.TRANSPORT_ALGORITHM;
import static io.jstress.cli.OptionGrammar.TRANSPORT_CIPHERS;
import static io.jstress.cli.OptionGrammar.TRANSPORT_HOSTNAME;
import static io.jstress.cli.OptionGrammar.TRANSPORT_KEYSTORE;
import static io.jstress.cli.OptionGrammar.TRANSPORT_KEYSTORE_PASSWORD;
import static io.jstress.cli.OptionGrammar.TRANSPORT_PROTOCOL;
import static io.jstress.cli.OptionGrammar.TRANSPORT_STORE_TYPE;
import static io.jstress.cli.OptionGrammar.TRANSPORT_TRUSTSTORE;
import static io.jstress.cli.OptionGrammar.TRANSPORT_TRUSTSTORE_PASSWORD;

import io.jstress.settings.Secret;
import io.jstress.settings.StoreType;
import io.jstress.settings.TlsSettings;
import io.jstress.settings.TransportSettings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * -transport: TLS is on when truststore= is given. Every word is checked here against what this JVM offers, so a
 * protocol, algorithm or cipher suite it lacks stops the run before anything connects. The stores themselves are
 * read when the sessions open. A TLS word without truststore= is an error: quietly connecting in plain text
 * would betray the user's intent.
 */
final class TransportTranslator
{
    private TransportTranslator()
    {
    }

    static TransportSettings translate(final GivenWords words)
    {
        final boolean verify = hostnameVerification(words);
        if (!words.has(TRANSPORT_TRUSTSTORE))
        {
            Stream.of(TRANSPORT_TRUSTSTORE_PASSWORD, TRANSPORT_KEYSTORE, TRANSPORT_KEYSTORE_PASSWORD,
                TRANSPORT_PROTOCOL, TRANSPORT_ALGORITHM, TRANSPORT_STORE_TYPE, TRANSPORT_CIPHERS)
                .filter(words::has).findFirst()
                .ifPresent(sub -> needsTruststore(sub.key().contains("password") ? sub.key() : words.word(sub)));
            if (verify)
            {
                needsTruststore(words.word(TRANSPORT_HOSTNAME));
            }
            return TransportSettings.PLAIN;
        }
        if (words.has(TRANSPORT_KEYSTORE_PASSWORD) && !words.has(TRANSPORT_KEYSTORE))
        {
            throw new UsageException("-transport keystore-password= is given without keystore=: give the keystore "
                + "that holds the client certificate, or drop the password");
        }
        final String protocol = words.value(TRANSPORT_PROTOCOL).orElse(TlsSettings.DEFAULT_PROTOCOL);
        final SSLContext context = context(protocol, words);
        return new TransportSettings(Optional.of(new TlsSettings(
            path(words, TRANSPORT_TRUSTSTORE).orElseThrow(),
            words.value(TRANSPORT_TRUSTSTORE_PASSWORD).map(Secret::new),
            path(words, TRANSPORT_KEYSTORE),
            words.value(TRANSPORT_KEYSTORE_PASSWORD).map(Secret::new),
            protocol,
            algorithm(words),
            words.value(TRANSPORT_STORE_TYPE).map(v -> storeType(v, words.word(TRANSPORT_STORE_TYPE))),
            cipherSuites(words, context),
            verify)));
    }

    private static void needsTruststore(final String word)
    {
        throw new UsageException("-transport " + word + ": TLS is on only when truststore= is given; add "
            + "truststore=<file of the CA certificates that sign the nodes' certificates>");
    }

    private static boolean hostnameVerification(final GivenWords words)
    {
        final String value = words.value(TRANSPORT_HOSTNAME).orElse("false").toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false"))
        {
            throw Numbers.expected(words.word(TRANSPORT_HOSTNAME), "true or false");
        }
        return value.equals("true");
    }

    private static Optional<Path> path(final GivenWords words, final SubOption sub)
    {
        final Optional<String> value = words.value(sub);
        if (value.isPresent() && value.get().isEmpty())
        {
            throw Numbers.expected(words.word(sub), "a file name");
        }
        try
        {
            return value.map(Path::of);
        }
        catch (final InvalidPathException e)
        {
            throw Numbers.expected(words.word(sub), "a file name");
        }
    }

    /** A context of the protocol, initialised only to learn which protocols and suites it enables. */
    private static SSLContext context(final String protocol, final GivenWords words)
    {
        final String word = words.has(TRANSPORT_PROTOCOL) ? words.word(TRANSPORT_PROTOCOL) : "ssl-protocol=" + protocol;
        try
        {
            final SSLContext context = SSLContext.getInstance(protocol);
            context.init(null, null, null);
            if (context.getDefaultSSLParameters().getProtocols().length == 0)
            {
                throw Numbers.expected(word, "a protocol this JVM has enabled (its security settings disable "
                    + protocol + "), e.g. TLS, TLSv1.2 or TLSv1.3");
            }
            return context;
        }
        catch (final GeneralSecurityException e)
        {
            throw Numbers.expected(word, "a protocol this JVM offers, e.g. TLS, TLSv1.2 or TLSv1.3");
        }
    }

    private static Optional<String> algorithm(final GivenWords words)
    {
        final Optional<String> algorithm = words.value(TRANSPORT_ALGORITHM);
        try
        {
            if (algorithm.isPresent())
            {
                KeyManagerFactory.getInstance(algorithm.get());
                TrustManagerFactory.getInstance(algorithm.get());
            }
            return algorithm;
        }
        catch (final NoSuchAlgorithmException e)
        {
            throw Numbers.expected(words.word(TRANSPORT_ALGORITHM),
                "a key and trust manager algorithm this JVM offers, e.g. SunX509 or PKIX");
        }
    }

    private static StoreType storeType(final String value, final String word)
    {
        try
        {
            return StoreType.valueOf(value.toUpperCase(Locale.ROOT));
        }
        catch (final IllegalArgumentException e)
        {
            throw Numbers.expected(word, "JKS, PKCS12 or PEM");
        }
    }

    /** Empty means the JVM's enabled suites: cassandra-stress's own default list is disabled by modern JDKs. */
    private static List<String> cipherSuites(final GivenWords words, final SSLContext context)
    {
        if (!words.has(TRANSPORT_CIPHERS))
        {
            return List.of();
        }
        final List<String> suites = Arrays.stream(words.value(TRANSPORT_CIPHERS).orElseThrow().split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (suites.isEmpty())
        {
            throw Numbers.expected(words.word(TRANSPORT_CIPHERS), "comma separated cipher suite names");
        }
        final Set<String> offered = Set.of(context.getSupportedSSLParameters().getCipherSuites());
        suites.stream().filter(s -> !offered.contains(s)).findFirst().ifPresent(s ->
        {
            throw Numbers.expected(words.word(TRANSPORT_CIPHERS), "cipher suites this JVM offers; it does not offer "
                + s + " (leave ssl-ciphers= out for the JVM's defaults)");
        });
        return suites;
    }
}
