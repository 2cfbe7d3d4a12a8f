package io.jstress.settings;

import java.util.Map;

/**
 * -transport words as given (values of *-password keys are Secrets in the dump). TLS is not implemented, so any
 * store option stops the run before it connects: it must never quietly fall back to plain text.
 */
public record TransportSettings(Map<String, String> options)
{
    public boolean wantsTls()
    {
        return options.keySet().stream().anyMatch(k -> k.contains("store") || k.startsWith("ssl"));
    }
}
