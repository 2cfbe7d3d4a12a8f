package io.jstress.pipeline.tls;

import com.datastax.oss.driver.api.core.metadata.EndPoint;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import io.jstress.settings.TlsSettings;

import java.net.InetSocketAddress;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * One client SSLEngine per connection. The engine's peer host is the address as dialled: the literal IP, or the
 * name the user gave. The driver's own ProgrammaticSslEngineFactory takes InetSocketAddress.getHostName(), which
 * does a reverse DNS lookup for an IP, so an IP SAN could never match and a slow resolver could stall a connect.
 * With hostname verification the JDK then checks that name against the node certificate's subject alternative
 * names (IP SANs for an IP), as HTTPS does.
 */
public final class TlsEngineFactory implements SslEngineFactory
{
    private final SSLContext context;
    private final String[] cipherSuites;
    private final boolean hostnameVerification;

    private TlsEngineFactory(final SSLContext context, final List<String> cipherSuites,
        final boolean hostnameVerification)
    {
        this.context = context;
        this.cipherSuites = cipherSuites.toArray(String[]::new);
        this.hostnameVerification = hostnameVerification;
    }

    /** Reads the stores now, so a bad store fails before any connection is tried. */
    public static TlsEngineFactory of(final TlsSettings tls)
    {
        return new TlsEngineFactory(SslContexts.build(tls), tls.cipherSuites(), tls.hostnameVerification());
    }

    @Override
    public SSLEngine newSslEngine(final EndPoint endPoint)
    {
        final SSLEngine engine = endPoint.resolve() instanceof InetSocketAddress address
            ? context.createSSLEngine(address.getHostString(), address.getPort())
            : context.createSSLEngine();
        engine.setUseClientMode(true);
        final SSLParameters parameters = engine.getSSLParameters();
        if (cipherSuites.length > 0)
        {
            parameters.setCipherSuites(cipherSuites);
        }
        if (hostnameVerification)
        {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        engine.setSSLParameters(parameters);
        return engine;
    }

    @Override
    public void close()
    {
        // nothing to release: the context is shared by every session of the run
    }
}
