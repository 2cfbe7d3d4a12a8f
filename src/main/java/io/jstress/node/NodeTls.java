package io.jstress.node;

import java.nio.file.Path;
import java.util.List;

/** A node's client_encryption_options: TLS only on the native port, the client certificate required or not. */
record NodeTls(Path keystore, Path truststore, String password, boolean requireClientAuth)
{
    List<String> yaml()
    {
        // optional: false leaves no plain-text fallback on the port, as on a production cluster
        return List.of(
            "client_encryption_options:",
            "  enabled: true",
            "  optional: false",
            "  keystore: " + keystore.toAbsolutePath(),
            "  keystore_password: " + password,
            "  truststore: " + truststore.toAbsolutePath(),
            "  truststore_password: " + password,
            "  store_type: PKCS12",
            "  require_client_auth: " + requireClientAuth);
    }
}
