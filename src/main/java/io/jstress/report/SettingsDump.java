package io.jstress.report;

import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Command;
import io.jstress.settings.CommandSettings;
import io.jstress.settings.Distribution;
import io.jstress.settings.ErrorSettings;
import io.jstress.settings.GraphSettings;
import io.jstress.settings.LoadBalance;
import io.jstress.settings.LogSettings;
import io.jstress.settings.ModeSettings;
import io.jstress.settings.NodeSettings;
import io.jstress.settings.PopulationSettings;
import io.jstress.settings.PortSettings;
import io.jstress.settings.RateSettings;
import io.jstress.settings.RetryDelay;
import io.jstress.settings.SchemaSettings;
import io.jstress.settings.SplitSettings;
import io.jstress.settings.Stop;
import io.jstress.settings.StressSettings;
import io.jstress.settings.TlsSettings;
import io.jstress.settings.TokenRangeSettings;
import io.jstress.settings.TransportSettings;
import io.jstress.settings.UserSettings;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The settings dump printed before a run, section by section as cassandra-stress 3.x prints it. Harnesses read
 * two lines of it: the first containing "Keyspace:" and the one that starts, once stripped, with "Username:".
 * Passwords print as *suppressed*.
 */
public final class SettingsDump
{
    private static final String SUPPRESSED = "*suppressed*";
    private final PrintStream out;

    private SettingsDump(final PrintStream out)
    {
        this.out = out;
    }

    public static void print(final StressSettings settings, final PrintStream out)
    {
        new SettingsDump(out).dump(settings);
    }

    private void dump(final StressSettings s)
    {
        out.println("******************** Stress Settings ********************");
        command(s.command());
        s.command().user().ifPresent(u -> ProfileDump.commandLines(u, out));
        rate(s.rate());
        population(s.population());
        section("Insert:");
        line("Batch Type: not batching");
        if (s.command().user().isEmpty())
        {
            columns(s.columns());
        }
        errors(s.errors());
        log(s.log());
        mode(s.mode());
        node(s.node());
        schema(s.schema(), s.command().user().map(u -> u.profiles().get(0).keyspace()));
        transport(s.transport());
        port(s.port());
        section("Send To Daemon:");
        line("*not set*");
        graph(s.graph(), s.command());
        final TokenRangeSettings tokenRange = s.command().user().map(UserSettings::tokenRange)
            .orElse(TokenRangeSettings.DEFAULT);
        section("TokenRange:");
        line("Wrap: %b", tokenRange.wrap());
        line("Split Factor: %d", tokenRange.splitFactor());
        s.command().user().ifPresent(u -> ProfileDump.profiles(u, out));
        split(s.split());
        out.println();
    }

    /** jstress's own section, printed only when -split is given, so cassandra-stress lines keep their dump. */
    private void split(final SplitSettings split)
    {
        if (split.equals(SplitSettings.NONE))
        {
            return;
        }
        section("Split:");
        line("Loader: %d of %d", split.index(), split.of());
        split.startAt().ifPresentOrElse(at -> line("Start At: %.3f (%s)", at.toEpochMilli() / 1000.0, at),
            () -> line("Start At: now"));
    }

    private void command(final CommandSettings c)
    {
        section("Command:");
        line("Type: %s", c.type().name().toLowerCase(Locale.ROOT));
        line("Count: %,d", c.stop() instanceof Stop.Count count ? count.operations() : -1L);
        if (c.stop() instanceof Stop.Timed timed)
        {
            line("Duration: %s", duration(timed.duration()));
        }
        line("No Warmup: %s", c.noWarmup());
        line("Consistency Level: %s", c.consistency());
        line("Truncate: %s", c.truncate().name().toLowerCase(Locale.ROOT));
        if (c.stop() instanceof Stop.UntilStable stable)
        {
            line("Target Uncertainty: %.3f", stable.errorLimit());
            line("Minimum Uncertainty Measurements: %,d", stable.minIntervals());
            line("Maximum Uncertainty Measurements: %,d", stable.maxIntervals());
        }
        else
        {
            line("Target Uncertainty: not applicable");
        }
        if (c.type() != Command.USER)
        {
            line("Key Size (bytes): %d", c.predefined().keySize());
            // cassandra-stress's spelling, which harnesses may match
            line("Counter Increment Distibution: add=%s", c.predefined().addWord());
        }
        if (c.ratio().size() > 1)
        {
            line("Command Ratios: %s", c.ratio().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ", "{", "}")));
            line("Command Clustering Distribution: clustering=%s", c.predefined().clusteringWord());
        }
    }

    /** cassandra-stress prints a duration as a count and the TimeUnit name: 30 SECONDS, 5 MINUTES, 1 HOURS. */
    private static String duration(final Duration d)
    {
        if (d.toSeconds() % 3600 == 0)
        {
            return String.format(Locale.ROOT, "%,d HOURS", d.toHours());
        }
        return d.toSeconds() % 60 == 0 ? String.format(Locale.ROOT, "%,d MINUTES", d.toMinutes())
            : String.format(Locale.ROOT, "%,d SECONDS", d.toSeconds());
    }

    private void rate(final RateSettings r)
    {
        section("Rate:");
        // as cassandra-stress: Auto is the word auto; a search without it shows thread count -1
        line("Auto: %b", r.untilSaturated());
        if (r.untilSaturated())
        {
            line("Min Threads: %d", r.minThreads());
            line("Max Threads: %d", r.maxThreads());
        }
        else
        {
            line("Thread Count: %d", r.auto() ? -1 : r.threads());
            line("OpsPer Sec: %d", r.pace().opsPerSecond());
        }
        line("Pace: %s", r.pace().kind().name().toLowerCase(Locale.ROOT));
        line("Processes: %d", r.processes());
    }

    private void population(final PopulationSettings p)
    {
        section("Population:");
        final boolean sequence = p.keys() instanceof Distribution.Seq;
        if (sequence)
        {
            line("Sequence: %d..%d", p.keys().min(), p.keys().max());
            p.readLookback().ifPresent(l -> line("Read Look Back: %s", describe(l.shape())));
        }
        else
        {
            line("Distribution: %s", describe(p.keys()));
        }
        line("Order: %s", p.contents().orElse("ARBITRARY"));
        line("Wrap: %b", p.wrap());
    }

    private void columns(final ColumnSettings c)
    {
        section("Columns:");
        line("Max Columns Per Key: %d", c.count().max());
        line("Column Names: %s", c.names());
        line("Comparator: AsciiType");
        line("Timestamp: %s", c.timestamp().isPresent() ? Long.toString(c.timestamp().getAsLong()) : "null");
        line("Variable Column Count: %b", c.count().min() < c.count().max());
        line("Slice: false");
        line("Size Distribution: %s", describe(c.size()));
        line("Count Distribution: %s", describe(c.count()));
    }

    private void errors(final ErrorSettings e)
    {
        section("Errors:");
        line("Ignore: %b", e.ignore());
        line("Fail fast setting: %b", e.failFast());
        line("Tries: %d", e.tries());
        final RetryDelay delay = e.delay();
        if (delay.policy() != RetryDelay.Policy.CONSTANT || delay.waits())
        {
            line("RetryPolicy: %s", delay.policy().name().toLowerCase(Locale.ROOT));
            line("Minimum Delay: %,d MILLISECONDS", delay.minMs());
            if (delay.policy() != RetryDelay.Policy.CONSTANT)
            {
                line("Maximum Delay: %,d MILLISECONDS", delay.maxMs());
            }
        }
        line("Skip Read Validation: %b", e.skipReadValidation());
    }

    private void log(final LogSettings l)
    {
        section("Log:");
        line("No Summary: %b", l.noSummary());
        line("No Settings: %b", l.noSettings());
        line("File: %s", text(l.file()));
        line("Interval Millis: %d", l.interval().toMillis());
        line("Level: %s", l.level().orElse("normal").toUpperCase(Locale.ROOT));
        line("HDR File: %s", text(l.hdrFile()));
        line("JSON File: %s", text(l.json()));
        line("Print Statements On Error: %b", l.printStatementsOnError());
    }

    private void mode(final ModeSettings m)
    {
        section("Mode:");
        line("API: JAVA_DRIVER4_NATIVE");
        line("Connection Style: %s", m.prepared() ? "CQL_PREPARED" : "CQL");
        line("CQL Version: CQL3");
        line("Protocol Version: %s", m.protocolVersion().isPresent() ? "V" + m.protocolVersion().getAsInt() : "DEFAULT");
        line("Username: %s", text(m.user()));
        line("Password: %s", m.password().isPresent() ? SUPPRESSED : "null");
        line("Auth Provide Class: %s", m.authProvider().orElse(m.user().isPresent() ? "PlainTextAuthProvider" : "none"));
        line("Max Pending Per Connection: %s", m.maxPending().isPresent() ? m.maxPending().getAsInt() : "null");
        line("Connections Per Host: %s",
            m.connectionsPerHost().isPresent() ? m.connectionsPerHost().getAsInt() : "null");
        line("Request Timeout: %d ms", m.requestTimeout().toMillis());
        m.connectTimeout().ifPresent(t -> line("Connect Timeout: %d ms", t.toMillis()));
        m.controlConnectionTimeout().ifPresent(t -> line("Control Connection Timeout: %d ms", t.toMillis()));
        line("Compression: %s", m.compression().orElse("none").toUpperCase(Locale.ROOT));
    }

    private void node(final NodeSettings n)
    {
        section("Node:");
        line("Nodes: %s", n.embeddedNodes() > 0 ? "[embedded:" + n.embeddedNodes() + "]" : n.hosts());
        line("Is White List: %b", n.whitelist());
        line("Datacenter: %s", text(n.datacenter()));
        line("Rack: %s", text(n.rack()));
        line("Load Balance: %s", n.loadBalance().map(LoadBalance::word).orElse("auto"));
        line("Remote DC Hosts: %s", n.remoteDcNodes().isPresent() ? n.remoteDcNodes().getAsInt() : "disabled");
    }

    /** @param userKeyspace a user run's keyspace (its first profile's), which -schema keyspace= does not name */
    private void schema(final SchemaSettings s, final Optional<String> userKeyspace)
    {
        section("Schema:");
        line("Keyspace: %s", userKeyspace.orElse(s.keyspace()));
        line("Replication Strategy: %s", s.replicationStrategy());
        line("Replication Strategy Options: %s", map(s.replicationOptions()));
        line("Storage Options: %s", s.storage().map(st -> "{type=" + st.type()
            + st.options().entrySet().stream().map(e -> ", " + e.getKey() + "=" + e.getValue()).reduce("", String::concat)
            + "}").orElse("{}"));
        line("Table Compression: %s", text(s.compression()));
        line("Table Compaction Strategy: %s", text(s.compaction().map(SchemaSettings.Compaction::strategy)));
        line("Table Compaction Strategy Options: %s",
            map(s.compaction().map(SchemaSettings.Compaction::options).orElse(Map.of())));
    }

    private void transport(final TransportSettings t)
    {
        section("Transport:");
        line("%s", t.tls().map(SettingsDump::tls).orElse("TLS: none"));
    }

    /** cassandra-stress's word=value; list, with what jstress does when a word was left out. */
    private static String tls(final TlsSettings t)
    {
        return "truststore=" + t.truststore()
            + "; truststore-password=" + t.truststorePassword().map(p -> SUPPRESSED).orElse("null")
            + "; keystore=" + t.keystore().map(Object::toString).orElse("null")
            + "; keystore-password=" + t.keystorePassword().map(p -> SUPPRESSED).orElse("null")
            + "; ssl-protocol=" + t.protocol()
            + "; ssl-alg=" + t.algorithm().orElse("JVM default")
            + "; store-type=" + t.storeType().map(Object::toString).orElse("from content")
            + "; ssl-ciphers=" + (t.cipherSuites().isEmpty() ? "JVM defaults" : String.join(",", t.cipherSuites()))
            + "; hostname-verification=" + t.hostnameVerification() + ";";
    }

    private void port(final PortSettings p)
    {
        section("Port:");
        line("Native Port: %d", p.nativePort());
        line("Thrift Port: 9160");
        line("JMX Port: 7199");
    }

    private void graph(final GraphSettings g, final CommandSettings c)
    {
        section("Graph:");
        line("File: %s", text(g.file()));
        line("Revision: %s", g.revision().orElse("unknown"));
        line("Title: %s", text(g.title()));
        line("Operation: %s", g.operation().orElse(c.type().name()));
    }

    /** cassandra-stress's DistributionFactory.getConfigAsString forms. */
    static String describe(final Distribution d)
    {
        if (d instanceof Distribution.Fixed f)
        {
            return String.format(Locale.ROOT, "Fixed:  key=%d", f.value());
        }
        if (d instanceof Distribution.Gaussian g)
        {
            return String.format(Locale.ROOT, "Gaussian:  min=%d,max=%d,mean=%f,stdev=%f", g.min(), g.max(), g.mean(),
                g.stdev());
        }
        if (d instanceof Distribution.Extreme e)
        {
            return String.format(Locale.ROOT, "Extreme:  min=%d,max=%d,shape=%f", e.min(), e.max(), e.shape());
        }
        if (d instanceof Distribution.Restricted r)
        {
            return describe(r.whole()) + String.format(Locale.ROOT, " restricted to %d..%d", r.min(), r.max());
        }
        if (d instanceof Distribution.Seq s)
        {
            return String.format(Locale.ROOT, "Sequence:  start=%d,end=%d", s.min(), s.max());
        }
        final String name = d instanceof Distribution.Exp ? "Exponential" : "Uniform";
        return String.format(Locale.ROOT, "%s:  min=%d,max=%d", name, d.min(), d.max());
    }

    private static String map(final Map<String, String> map)
    {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String text(final Optional<?> value)
    {
        return value.map(String::valueOf).orElse("null");
    }

    private void section(final String title)
    {
        out.println(title);
    }

    private void line(final String format, final Object... args)
    {
        out.println("  " + String.format(Locale.ROOT, format, args));
    }
}
