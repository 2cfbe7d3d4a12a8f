package io.jstress.pipeline.tls;

import io.jstress.settings.StoreType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Optional;

/**
 * A truststore or keystore file, read whole and recognised from its content unless store-type= names its format:
 * JKS by its magic number, PKCS12 by its DER sequence, PEM by its BEGIN lines. Each failure names the word and its
 * cause, never the password.
 */
final class StoreFiles
{
    private static final int JKS_MAGIC = 0xFEEDFEED;
    private static final byte DER_SEQUENCE = 0x30;

    private StoreFiles()
    {
    }

    /**
     * @param word        the store's word as the user gave it, e.g. "truststore=/etc/ts.jks", for messages
     * @param passwordKey the password's word, e.g. "truststore-password=", for messages
     */
    static KeyStore load(final Path file, final Optional<StoreType> given, final char[] password, final boolean keys,
        final String word, final String passwordKey)
    {
        final byte[] content = read(file, word);
        final StoreType type = given.orElseGet(() -> recognise(content, word));
        try
        {
            if (type == StoreType.PEM)
            {
                return keys ? PemFiles.keystore(content, word, password == null ? new char[0] : password)
                    : PemFiles.truststore(content, word);
            }
            final KeyStore store = KeyStore.getInstance(type.name());
            store.load(new ByteArrayInputStream(content), password);
            return store;
        }
        catch (final IOException e)
        {
            if (e.getCause() instanceof UnrecoverableKeyException)
            {
                throw new TlsException(word + ": wrong " + passwordKey + " (the store's integrity check failed)");
            }
            throw new TlsException(word + ": not a readable " + type + " store" + (given.isPresent()
                ? " (store-type=" + type + "; leave it out to recognise the format from the file)" : ""));
        }
        catch (final GeneralSecurityException e)
        {
            throw new TlsException(word + ": cannot read it as " + type + ": " + e.getMessage());
        }
    }

    private static byte[] read(final Path file, final String word)
    {
        try
        {
            return Files.readAllBytes(file);
        }
        catch (final NoSuchFileException e)
        {
            throw new TlsException(word + ": no such file");
        }
        catch (final AccessDeniedException e)
        {
            throw new TlsException(word + ": permission denied");
        }
        catch (final IOException e)
        {
            throw new TlsException(word + ": cannot read it (" + e.getMessage() + ")");
        }
    }

    private static StoreType recognise(final byte[] content, final String word)
    {
        if (content.length >= 4 && (content[0] << 24 | (content[1] & 0xFF) << 16 | (content[2] & 0xFF) << 8
            | content[3] & 0xFF) == JKS_MAGIC)
        {
            return StoreType.JKS;
        }
        if (content.length > 0 && content[0] == DER_SEQUENCE)
        {
            return StoreType.PKCS12;
        }
        if (PemFiles.looksLikePem(content))
        {
            return StoreType.PEM;
        }
        throw new TlsException(word + ": not a JKS, PKCS12 or PEM store");
    }
}
