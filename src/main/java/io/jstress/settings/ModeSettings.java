package io.jstress.settings;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * -mode. Only settings the user gave reach the driver, except the request timeout, which defaults to
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
    Optional<String> compression)
{
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMillis(12000);
}
