package io.jstress.pipeline.tls;

import io.jstress.settings.Secret;
import io.jstress.settings.TlsSettings;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The client's SSLContext from the TLS settings: trust from the truststore, and a client certificate only when a
 * keystore was given (cassandra-stress 3.19.0 offered the truststore as keystore when none was).
 */
public final class SslContexts
{
    private SslContexts()
    {
    }

    public static SSLContext build(final TlsSettings tls)
    {
        final String trustWord = "truststore=" + tls.truststore();
        final KeyStore trust = StoreFiles.load(tls.truststore(), tls.storeType(),
            chars(tls.truststorePassword()), false, trustWord, "truststore-password=");
        try
        {
            if (!hasCertificate(trust))
            {
                throw new TlsException(trustWord + ": holds no certificate" + (tls.truststorePassword().isEmpty()
                    ? " (without truststore-password= a PKCS12 store's certificates cannot be read)" : ""));
            }
            final TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(
                tls.algorithm().orElse(TrustManagerFactory.getDefaultAlgorithm()));
            trustManagers.init(trust);
            final SSLContext context = SSLContext.getInstance(tls.protocol());
            context.init(keyManagers(tls), trustManagers.getTrustManagers(), null);
            return context;
        }
        catch (final GeneralSecurityException e)
        {
            throw new TlsException("cannot set up TLS: " + e.getMessage());
        }
    }

    private static KeyManager[] keyManagers(final TlsSettings tls) throws GeneralSecurityException
    {
        if (tls.keystore().isEmpty())
        {
            return null;
        }
        final String word = "keystore=" + tls.keystore().get();
        final char[] password = chars(tls.keystorePassword());
        final char[] keyPassword = password == null ? new char[0] : password;
        final KeyStore keys = StoreFiles.load(tls.keystore().get(), tls.storeType(), password, true, word,
            "keystore-password=");
        if (Collections.list(keys.aliases()).stream().noneMatch(alias -> isKey(keys, alias)))
        {
            throw new TlsException(word + ": holds no private key, so it cannot prove the client's certificate");
        }
        final KeyManagerFactory factory = KeyManagerFactory.getInstance(
            tls.algorithm().orElse(KeyManagerFactory.getDefaultAlgorithm()));
        try
        {
            factory.init(keys, keyPassword);
        }
        catch (final UnrecoverableKeyException e)
        {
            throw new TlsException(word + ": cannot open its key with " + (password == null
                ? "no password; give keystore-password="
                : "keystore-password= (the key's password must be the store's)"));
        }
        return factory.getKeyManagers();
    }

    private static boolean hasCertificate(final KeyStore store) throws KeyStoreException
    {
        return Collections.list(store.aliases()).stream().anyMatch(alias -> certificate(store, alias));
    }

    private static boolean certificate(final KeyStore store, final String alias)
    {
        try
        {
            return store.getCertificate(alias) != null;
        }
        catch (final KeyStoreException e)
        {
            return false;
        }
    }

    private static boolean isKey(final KeyStore store, final String alias)
    {
        try
        {
            return store.isKeyEntry(alias);
        }
        catch (final KeyStoreException e)
        {
            return false;
        }
    }

    private static char[] chars(final Optional<Secret> password)
    {
        return password.map(p -> p.reveal().toCharArray()).orElse(null);
    }
}
