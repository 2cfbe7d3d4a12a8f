package io.jstress.pipeline.tls;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEM text where a store is expected: a bundle of CA certificates as a truststore, or one file holding a certificate
 * chain (the client's own certificate first) and its unencrypted PKCS#8 key as a keystore. Text outside the
 * BEGIN/END blocks, such as openssl's "Bag Attributes", is skipped.
 */
final class PemFiles
{
    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([^-]*)-----END \\1-----");
    private static final String CERTIFICATE = "CERTIFICATE";
    private static final String PKCS8_KEY = "PRIVATE KEY";
    private static final String ALIAS = "pem";

    private PemFiles()
    {
    }

    static boolean looksLikePem(final byte[] content)
    {
        return new String(content, 0, Math.min(content.length, 64 * 1024), US_ASCII)
            .contains("-----BEGIN ");
    }

    static KeyStore truststore(final byte[] content, final String word) throws GeneralSecurityException
    {
        final List<Certificate> certificates = certificates(content, word);
        final KeyStore store = emptyStore();
        for (int i = 0; i < certificates.size(); i++)
        {
            store.setCertificateEntry(ALIAS + i, certificates.get(i));
        }
        return store;
    }

    /** @param keyPassword protects the key inside the in-memory store; the key manager opens it with the same */
    static KeyStore keystore(final byte[] content, final String word, final char[] keyPassword)
        throws GeneralSecurityException
    {
        final List<Certificate> chain = certificates(content, word);
        final List<byte[]> keys = blocks(content, PKCS8_KEY);
        if (keys.size() != 1)
        {
            throw new TlsException(word + ": expected one PEM block 'BEGIN PRIVATE KEY' (an unencrypted PKCS#8 key) "
                + "after the certificate chain, found " + keys.size() + unsupportedKeyHint(content));
        }
        final String algorithm = chain.get(0).getPublicKey().getAlgorithm();
        final PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(keys.get(0)));
        final KeyStore store = emptyStore();
        store.setKeyEntry(ALIAS, key, keyPassword, chain.toArray(Certificate[]::new));
        return store;
    }

    private static String unsupportedKeyHint(final byte[] content)
    {
        final String text = new String(content, US_ASCII);
        if (text.contains("BEGIN ENCRYPTED PRIVATE KEY") || text.contains("BEGIN RSA PRIVATE KEY")
            || text.contains("BEGIN EC PRIVATE KEY"))
        {
            return "; convert the key with: openssl pkcs8 -topk8 -nocrypt -in key.pem";
        }
        return "";
    }

    private static List<Certificate> certificates(final byte[] content, final String word)
        throws GeneralSecurityException
    {
        final CertificateFactory factory = CertificateFactory.getInstance("X.509");
        final List<Certificate> certificates = new ArrayList<>();
        for (final byte[] der : blocks(content, CERTIFICATE))
        {
            certificates.add(factory.generateCertificate(new ByteArrayInputStream(der)));
        }
        if (certificates.isEmpty())
        {
            throw new TlsException(word + ": the PEM file holds no 'BEGIN CERTIFICATE' block");
        }
        return certificates;
    }

    private static List<byte[]> blocks(final byte[] content, final String type)
    {
        final Matcher m = BLOCK.matcher(new String(content, US_ASCII));
        final List<byte[]> blocks = new ArrayList<>();
        while (m.find())
        {
            if (m.group(1).equals(type))
            {
                blocks.add(Base64.getMimeDecoder().decode(m.group(2)));
            }
        }
        return blocks;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException
    {
        final KeyStore store = KeyStore.getInstance("PKCS12");
        try
        {
            store.load(null, null);
        }
        catch (final IOException e)
        {
            throw new IllegalStateException("an empty in-memory store cannot fail to load", e);
        }
        return store;
    }
}
