package io.jstress.settings;

/** The file formats a truststore or keystore may have: the JDK's two keystore formats, and PEM text. */
public enum StoreType
{
    JKS, PKCS12, PEM
}
