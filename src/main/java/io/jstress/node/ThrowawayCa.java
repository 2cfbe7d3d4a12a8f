package io.jstress.node;

import io.jstress.settings.StoreType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway certificate authority for TLS-enabled embedded nodes and the tests: a CA and the certificates it
 * signs, made by the JDK's own keytool (one quick JVM per key pair, EC P-256), kept in one PKCS12 file. Stores for
 * nodes and clients are copied out of it as JKS, PKCS12 or PEM. Nothing here is fit to protect real data.
 */
public final class ThrowawayCa
{
    private static final String CA = "ca";
    private static final char[] OWN_PASSWORD = "throwaway".toCharArray();
    private static final long KEYTOOL_SECONDS = 60;
    private static final Base64.Encoder PEM_BASE64 =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private final Path file;

    private ThrowawayCa(final Path file)
    {
        this.file = file;
    }

    /** A new CA named "CN=name" in dir/name-ca.p12. */
    public static ThrowawayCa create(final Path dir, final String name) throws IOException
    {
        Files.createDirectories(dir);
        final ThrowawayCa ca = new ThrowawayCa(dir.resolve(name + "-ca.p12"));
        ca.keytool("-genkeypair", "-alias", CA, "-dname", "CN=" + name, "-ext", "bc:c");
        return ca;
    }

    /** A key pair for alias with a certificate the CA signs, naming these IP addresses as subject alternative names. */
    public void issue(final String alias, final List<String> ipAddresses) throws IOException
    {
        final List<String> args = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-dname", "CN=" + alias,
            "-signer", CA));
        if (!ipAddresses.isEmpty())
        {
            args.add("-ext");
            args.add("san=" + String.join(",", ipAddresses.stream().map(ip -> "ip:" + ip).toList()));
        }
        keytool(args.toArray(String[]::new));
    }

    /** The CA's certificate alone, as a store clients and nodes trust. */
    public void writeTruststore(final Path target, final StoreType type, final String password) throws IOException
    {
        try
        {
            final Certificate ca = own().getCertificate(CA);
            if (type == StoreType.PEM)
            {
                Files.writeString(target, pem("CERTIFICATE", ca.getEncoded()), StandardCharsets.US_ASCII);
                return;
            }
            write(target, type, password, store -> store.setCertificateEntry(CA, ca));
        }
        catch (final GeneralSecurityException e)
        {
            throw new IOException("cannot copy the CA certificate out of " + file, e);
        }
    }

    /** alias's key and certificate chain (its own certificate, then the CA's); PEM puts the PKCS#8 key last. */
    public void writeKeystore(final String alias, final Path target, final StoreType type, final String password)
        throws IOException
    {
        final KeyStore own = own();
        try
        {
            final Key key = own.getKey(alias, OWN_PASSWORD);
            final Certificate[] chain = own.getCertificateChain(alias);
            if (type == StoreType.PEM)
            {
                final StringBuilder text = new StringBuilder();
                for (final Certificate c : chain)
                {
                    text.append(pem("CERTIFICATE", c.getEncoded()));
                }
                Files.writeString(target, text.append(pem("PRIVATE KEY", key.getEncoded())),
                    StandardCharsets.US_ASCII);
                return;
            }
            write(target, type, password, store -> store.setKeyEntry(alias, key, password.toCharArray(), chain));
        }
        catch (final GeneralSecurityException e)
        {
            throw new IOException("cannot copy " + alias + " out of " + file, e);
        }
    }

    private interface Fill
    {
        void into(KeyStore store) throws GeneralSecurityException;
    }

    private static void write(final Path target, final StoreType type, final String password, final Fill fill)
        throws IOException
    {
        try (OutputStream out = Files.newOutputStream(target))
        {
            final KeyStore store = KeyStore.getInstance(type.name());
            store.load(null, null);
            fill.into(store);
            store.store(out, password.toCharArray());
        }
        catch (final GeneralSecurityException e)
        {
            throw new IOException("cannot write the " + type + " store " + target, e);
        }
    }

    private KeyStore own() throws IOException
    {
        try (InputStream in = Files.newInputStream(file))
        {
            final KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, OWN_PASSWORD);
            return store;
        }
        catch (final GeneralSecurityException e)
        {
            throw new IOException("cannot read " + file, e);
        }
    }

    private static String pem(final String type, final byte[] der)
    {
        return "-----BEGIN " + type + "-----\n" + PEM_BASE64.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /** keytool in its own short-lived JVM, compiled by C1 only: it runs for well under a second. */
    private void keytool(final String... args) throws IOException
    {
        final List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC", "-J-Xshare:auto"));
        command.addAll(List.of(args));
        command.addAll(List.of("-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30", "-startdate", "-1d",
            "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", new String(OWN_PASSWORD)));
        final Path log = file.resolveSibling("keytool.log");
        final Process keytool = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
            .start();
        try
        {
            if (!keytool.waitFor(KEYTOOL_SECONDS, TimeUnit.SECONDS) || keytool.exitValue() != 0)
            {
                keytool.destroyForcibly();
                throw new IOException("keytool " + args[0] + " -alias " + args[2] + " failed: "
                    + Files.readString(log).strip());
            }
        }
        catch (final InterruptedException e)
        {
            Thread.currentThread().interrupt();
            keytool.destroyForcibly();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
