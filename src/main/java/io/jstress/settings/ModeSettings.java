package io.jstress.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * -mode. authProvider is auth-provider= naming a class other than PlainTextAuthProvider (which user= and password=
 * already mean): a driver 4 AuthProvider the driver instantiates. Only settings the user gave reach the driver, except the request timeout, which defaults to
 * cassandra-stress's 12000 ms because the driver's own 2 s is too short for a loaded cluster.
 */
public record ModeSettings(
    boolean prepared,
    Optional<String> user,
    Optional<Secret> password,
    Duration requestTimeout,
    Optional<Duration> connectTimeout,
    Optional<Duration> controlConnectionTimeout,
    OptionalInt protocolVersion,
    OptionalInt connectionsPerHost,
    OptionalInt maxPending,
    Optional<String> compression,
    Optional<String> authProvider)
{
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMillis(12000);
}
