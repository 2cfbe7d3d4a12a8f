package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.MODE_AUTH_PROVIDER;
import static io.jstress.cli.OptionGrammar.MODE_COMPRESSION;
import static io.jstress.cli.OptionGrammar.MODE_CONNECTIONS;
import static io.jstress.cli.OptionGrammar.MODE_CONNECT_TIMEOUT;
import static io.jstress.cli.OptionGrammar.MODE_CONTROL_TIMEOUT;
import static io.jstress.cli.OptionGrammar.MODE_MAX_PENDING;
import static io.jstress.cli.OptionGrammar.MODE_PASSWORD;
import static io.jstress.cli.OptionGrammar.MODE_PREPARED;
import static io.jstress.cli.OptionGrammar.MODE_PROTOCOL;
import static io.jstress.cli.OptionGrammar.MODE_REQUEST_TIMEOUT;
import static io.jstress.cli.OptionGrammar.MODE_UNPREPARED;
import static io.jstress.cli.OptionGrammar.MODE_USER;
import static io.jstress.cli.OptionGrammar.NODE_DATACENTER;
import static io.jstress.cli.OptionGrammar.NODE_EMBEDDED;
import static io.jstress.cli.OptionGrammar.NODE_FILE;
import static io.jstress.cli.OptionGrammar.NODE_LOADBALANCE;
import static io.jstress.cli.OptionGrammar.NODE_RACK;
import static io.jstress.cli.OptionGrammar.NODE_REMOTE_DC;
import static io.jstress.cli.OptionGrammar.NODE_WHITELIST;
import static io.jstress.cli.OptionGrammar.PORT_NATIVE;

import com.datastax.oss.driver.api.core.auth.AuthProvider;
import io.jstress.settings.LoadBalance;
import io.jstress.settings.ModeSettings;
import io.jstress.settings.NodeSettings;
import io.jstress.settings.PortSettings;
import io.jstress.settings.Secret;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** -node, -port and -mode: where to connect and how the driver is configured. */
final class ConnectionTranslator
{
    static final String DEFAULT_HOST = "localhost";
    private static final String SNAPPY = "snappy";
    private static final String PLAIN_TEXT = "PlainTextAuthProvider";
    /** The newest protocol version with snappy frame compression. */
    private static final int SNAPPY_PROTOCOL = 4;
    private static final List<String> COMPRESSIONS = List.of("none", "lz4", SNAPPY);

    private ConnectionTranslator()
    {
    }

    static NodeSettings node(final GivenWords words)
    {
        final List<String> listed = words.hosts().stream().flatMap(w -> Arrays.stream(w.split(",")))
            .filter(h -> !h.isEmpty()).toList();
        final List<String> hosts = words.value(NODE_FILE).map(f -> hostsFile(f, words.word(NODE_FILE)))
            .orElse(listed);
        final int embedded = words.value(NODE_EMBEDDED)
            .map(v -> v.isEmpty() ? 1 : Numbers.positiveInt(v, words.word(NODE_EMBEDDED))).orElse(0);
        if (embedded > 0 && !hosts.isEmpty())
        {
            throw new UsageException("-node " + words.word(NODE_EMBEDDED) + " " + String.join(",", hosts)
                + ": give either hosts or embedded, not both");
        }
        final Optional<LoadBalance> loadBalance = words.value(NODE_LOADBALANCE)
            .map(v -> loadBalance(v, words.word(NODE_LOADBALANCE)));
        final OptionalInt remoteDc = words.value(NODE_REMOTE_DC)
            .map(v -> OptionalInt.of(Numbers.positiveInt(v, words.word(NODE_REMOTE_DC)))).orElse(OptionalInt.empty());
        if (remoteDc.isPresent() && loadBalance.filter(LoadBalance.ROUND_ROBIN::equals).isPresent())
        {
            throw new UsageException("-node " + words.word(NODE_LOADBALANCE) + " " + words.word(NODE_REMOTE_DC)
                + ": remote-dc= applies to dc-aware and rack-aware load balancing; round-robin already uses every "
                + "datacenter");
        }
        for (final SubOption local : new SubOption[] {NODE_DATACENTER, NODE_RACK})
        {
            if (words.has(local) && loadBalance.filter(LoadBalance.ROUND_ROBIN::equals).isPresent())
            {
                throw new UsageException("-node " + words.word(NODE_LOADBALANCE) + " " + words.word(local)
                    + ": round-robin uses every node of every datacenter, so it has no local datacenter or rack");
            }
        }
        return new NodeSettings(hosts.isEmpty() && embedded == 0 ? List.of(DEFAULT_HOST) : hosts,
            words.value(NODE_DATACENTER), words.value(NODE_RACK), words.has(NODE_WHITELIST), embedded, loadBalance,
            remoteDc);
    }

    /** cassandra-stress's names for its policies, in any case. */
    private static LoadBalance loadBalance(final String value, final String word)
    {
        return switch (value.toLowerCase(Locale.ROOT))
        {
            case "rr", "roundrobin", "round-robin" -> LoadBalance.ROUND_ROBIN;
            case "dc", "dc-aware" -> LoadBalance.DC_AWARE;
            case "rack", "rack-aware" -> LoadBalance.RACK_AWARE;
            default -> throw Numbers.expected(word, "round-robin, dc-aware or rack-aware");
        };
    }

    private static List<String> hostsFile(final String file, final String word)
    {
        try
        {
            return Files.readAllLines(Path.of(file)).stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
        }
        catch (final IOException | InvalidPathException e)
        {
            throw Numbers.expected(word, "a readable file of nodes, one per line");
        }
    }

    static PortSettings port(final GivenWords words)
    {
        return words.value(PORT_NATIVE).map(v -> new PortSettings(port(v, words.word(PORT_NATIVE)), true))
            .orElse(new PortSettings(PortSettings.DEFAULT_NATIVE, false));
    }

    private static int port(final String value, final String word)
    {
        final int port = Numbers.positiveInt(value, word);
        if (port > 65535)
        {
            throw Numbers.expected(word, "a port from 1 to 65535");
        }
        return port;
    }

    static ModeSettings mode(final GivenWords words)
    {
        words.atMostOne(MODE_PREPARED, MODE_UNPREPARED, "choose one");
        final Optional<String> compression = words.value(MODE_COMPRESSION)
            .map(v -> compression(v, words.word(MODE_COMPRESSION)));
        return new ModeSettings(
            !words.has(MODE_UNPREPARED),
            words.value(MODE_USER),
            words.value(MODE_PASSWORD).map(Secret::new),
            words.value(MODE_REQUEST_TIMEOUT).map(v -> millis(words, MODE_REQUEST_TIMEOUT))
                .orElse(ModeSettings.DEFAULT_REQUEST_TIMEOUT),
            words.value(MODE_CONNECT_TIMEOUT).map(v -> millis(words, MODE_CONNECT_TIMEOUT)),
            words.value(MODE_CONTROL_TIMEOUT).map(v -> millis(words, MODE_CONTROL_TIMEOUT)),
            protocolVersion(words, compression),
            positive(words, MODE_CONNECTIONS),
            positive(words, MODE_MAX_PENDING),
            compression,
            words.value(MODE_AUTH_PROVIDER).flatMap(v -> authProvider(v, words.word(MODE_AUTH_PROVIDER))));
    }

    private static Duration millis(final GivenWords words, final SubOption sub)
    {
        return Duration.ofMillis(Numbers.millis(words.value(sub).orElseThrow(), words.word(sub)));
    }

    private static OptionalInt positive(final GivenWords words, final SubOption sub)
    {
        return words.value(sub).map(v -> OptionalInt.of(Numbers.positiveInt(v, words.word(sub))))
            .orElse(OptionalInt.empty());
    }

    /** Protocol v5 frames have no snappy compression: compression=snappy runs v4 unless told otherwise. */
    private static OptionalInt protocolVersion(final GivenWords words, final Optional<String> compression)
    {
        final OptionalInt version = positive(words, MODE_PROTOCOL);
        if (version.isPresent() && (version.getAsInt() < 3 || version.getAsInt() > 5))
        {
            throw Numbers.expected(words.word(MODE_PROTOCOL), "protocol version 3, 4 or 5");
        }
        if (compression.filter(SNAPPY::equals).isEmpty())
        {
            return version;
        }
        if (version.isPresent() && version.getAsInt() == 5)
        {
            throw new UsageException("-mode " + words.word(MODE_COMPRESSION) + " " + words.word(MODE_PROTOCOL)
                + ": protocol v5 has no snappy compression; use compression=lz4 or protocolVersion=4");
        }
        return version.isPresent() ? version : OptionalInt.of(SNAPPY_PROTOCOL);
    }

    private static String compression(final String value, final String word)
    {
        final String lower = value.toLowerCase(Locale.ROOT);
        if (!COMPRESSIONS.contains(lower))
        {
            throw Numbers.expected(word, "none, lz4 or snappy");
        }
        return lower;
    }

    /**
     * cassandra-stress names a driver 3 class; PlainTextAuthProvider in any package is what user= and password=
     * already do. Any other class must be on the classpath and implement the driver 4 AuthProvider, which the
     * driver then instantiates with its context.
     */
    private static Optional<String> authProvider(final String value, final String word)
    {
        if (value.equals(PLAIN_TEXT) || value.endsWith("." + PLAIN_TEXT))
        {
            return Optional.empty();
        }
        try
        {
            if (AuthProvider.class.isAssignableFrom(Class.forName(value, false, ConnectionTranslator.class.getClassLoader())))
            {
                return Optional.of(value);
            }
        }
        catch (final ClassNotFoundException | LinkageError e)
        {
            // named below
        }
        throw Numbers.expected(word, "PlainTextAuthProvider or a class on the classpath implementing "
            + AuthProvider.class.getName());
    }
}
