package io.jstress.pipeline.tls;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.connection.ClosedConnectionException;
import com.datastax.oss.driver.api.core.metadata.Node;
import io.jstress.settings.TlsSettings;

import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.SocketException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * Turns a connect failure whose cause is TLS into one line naming that cause. The driver reports each node's
 * failure as a chain: ConnectionInitException, then the JDK's SSLHandshakeException, then the CertificateException
 * or certificate path error beneath it; an alert the node sent arrives as "Received fatal alert: name". A plain-text
 * client that a TLS-only node cut off sees only a reset connection, so jstress then asks the node for a TLS
 * handshake to learn whether that is why.
 */
public final class TlsFailures
{
    private static final String ALERT = "Received fatal alert: ";
    /** Alerts a node sends when the client's certificate is missing or not one it trusts. */
    private static final Set<String> CLIENT_CERTIFICATE_ALERTS = Set.of("certificate_required", "bad_certificate",
        "unknown_ca", "certificate_unknown", "access_denied", "unsupported_certificate", "certificate_expired",
        "certificate_revoked");
    /** Alerts and local errors that mean no protocol version or cipher suite was acceptable to both sides. */
    private static final List<String> NOTHING_IN_COMMON = List.of(ALERT + "handshake_failure",
        ALERT + "protocol_version", ALERT + "insufficient_security", "No appropriate protocol",
        "no cipher suites in common");

    private TlsFailures()
    {
    }

    /** A TlsException with the one line for e when TLS caused it; otherwise e itself. */
    public static RuntimeException explain(final RuntimeException e, final Optional<TlsSettings> tls)
    {
        if (!(e instanceof AllNodesFailedException all))
        {
            return e;
        }
        for (final Map.Entry<Node, List<Throwable>> failed : all.getAllErrors().entrySet())
        {
            final SocketAddress address = failed.getKey().getEndPoint().resolve();
            for (final Throwable error : failed.getValue())
            {
                final Optional<String> why = tls.isPresent() ? handshake(error, tls.get(), address)
                    : plainTextRefused(error, address);
                if (why.isPresent())
                {
                    return new TlsException("cannot connect to " + shown(address) + ": " + why.get());
                }
            }
        }
        return e;
    }

    private static Optional<String> handshake(final Throwable error, final TlsSettings tls,
        final SocketAddress address)
    {
        final Optional<CertificateException> hostname = cause(error, CertificateException.class)
            .filter(c -> c.getMessage() != null && (c.getMessage().startsWith("No name matching")
                || c.getMessage().startsWith("No subject alternative")));
        if (hostname.isPresent())
        {
            return Optional.of("its certificate does not name " + host(address) + " (hostname-verification=true "
                + "checks the address dialled against the certificate's subject alternative names)");
        }
        if (cause(error, CertPathBuilderException.class).isPresent())
        {
            return Optional.of("its certificate is not signed by a CA in truststore=" + tls.truststore());
        }
        final Optional<CertPathValidatorException> invalid = cause(error, CertPathValidatorException.class);
        if (invalid.isPresent())
        {
            return Optional.of("its certificate failed validation against truststore=" + tls.truststore() + " ("
                + invalid.get().getMessage() + ")");
        }
        return cause(error, SSLException.class).map(ssl -> alert(ssl.getMessage() == null ? "" : ssl.getMessage(),
            tls));
    }

    private static String alert(final String message, final TlsSettings tls)
    {
        if (message.startsWith(ALERT) && CLIENT_CERTIFICATE_ALERTS.contains(message.substring(ALERT.length())))
        {
            return tls.keystore().map(k -> "the node did not accept the client certificate in keystore=" + k
                + " (is it signed by a CA the node trusts?)")
                .orElse("the node requires a client certificate; give keystore= and keystore-password=");
        }
        if (NOTHING_IN_COMMON.stream().anyMatch(message::contains))
        {
            return "the node accepts none of the TLS protocols and cipher suites offered (ssl-protocol="
                + tls.protocol() + ", ssl-ciphers=" + (tls.cipherSuites().isEmpty() ? "the JVM's defaults"
                : String.join(",", tls.cipherSuites())) + ")";
        }
        if (message.contains("Unsupported or unrecognized SSL message")
            || message.startsWith("not an SSL/TLS record"))
        {
            return "the node does not speak TLS on this port (check -port native=, or drop the -transport TLS words)";
        }
        return "the TLS handshake failed: " + message;
    }

    /** A node that closed or reset the connection (not one that refused it: nothing listens there) may want TLS. */
    private static Optional<String> plainTextRefused(final Throwable error, final SocketAddress address)
    {
        final boolean cutOff = cause(error, ClosedConnectionException.class).isPresent()
            || cause(error, SocketException.class).filter(s -> !(s instanceof ConnectException)).isPresent();
        if (cutOff && address instanceof InetSocketAddress inet && TlsProbe.speaksTls(inet))
        {
            return Optional.of("the node accepts only TLS connections; give -transport truststore= with the CA "
                + "that signed its certificate");
        }
        return Optional.empty();
    }

    private static <T extends Throwable> Optional<T> cause(final Throwable error, final Class<T> type)
    {
        for (Throwable t = error; t != null; t = t.getCause())
        {
            if (type.isInstance(t))
            {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String host(final SocketAddress address)
    {
        return address instanceof InetSocketAddress inet ? inet.getHostString() : address.toString();
    }

    private static String shown(final SocketAddress address)
    {
        return address instanceof InetSocketAddress inet ? inet.getHostString() + ":" + inet.getPort()
            : address.toString();
    }
}
