package io.jstress.cli;

import static io.jstress.cli.OptionTable.form;
import static io.jstress.cli.SubOption.dist;
import static io.jstress.cli.SubOption.flag;
import static io.jstress.cli.SubOption.group;
import static io.jstress.cli.SubOption.value;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sub-option tables of every -option, in cassandra-stress's help order. */
public final class OptionGrammar
{
    static final SubOption POP_SEQ = value("seq=", "Generate all seeds in sequence, e.g. seq=1..1000000");
    static final SubOption POP_DIST = dist("dist=", "Select seeds from this distribution");
    static final SubOption POP_CONTENTS = value("contents=", "SORTED or SHUFFLED intra-partition order");
    static final SubOption POP_NO_WRAP = flag("no-wrap", "End each run once every seed in the sequence was visited");
    static final SubOption POP_LOOKBACK = dist("read-lookback=",
        "Reads take keys already written, this many back from the newest written without a gap");

    static final SubOption INSERT_REVISIT = dist("revisit=",
        "Which split partition to write next (see visits=); jstress does not split partitions").ignored();
    static final SubOption INSERT_VISITS = dist("visits=",
        "Inserts to split each partition into; jstress writes each partition in one").ignored();
    static final SubOption INSERT_PARTITIONS = dist("partitions=", "Partitions per insert (the profile's partitions:)");
    static final SubOption INSERT_BATCH_TYPE = value("batchtype=",
        "LOGGED, UNLOGGED or COUNTER (the profile's batchtype:)");
    static final SubOption INSERT_SELECT = dist("select-ratio=",
        "Chance of writing each row of a partition, e.g. fixed(1)/10 (the profile's select:)");
    static final SubOption INSERT_ROW_POPULATION = dist("row-population-ratio=",
        "Share of value columns written, the rest null (default fixed(1)/1; the profile's row-population: has no effect)");
    static final SubOption INSERT_CONSISTENCY = value("cl=", "Consistency level of the insert (the profile's consistencyLevel:)");
    static final SubOption INSERT_SERIAL_CONSISTENCY = value("serial-cl=",
        "SERIAL or LOCAL_SERIAL (the profile's serialConsistencyLevel:)");

    static final SubOption TOKENRANGE_WRAP = flag("wrap",
        "Read the ring's ranges again once all were read, until n= or duration= (default: stop then)");
    static final SubOption TOKENRANGE_SPLIT = value("split-factor=", "Split every token range evenly into this many (default 1)");

    static final SubOption COL_NAMES = value("names=", "Column names, comma separated");
    static final SubOption COL_COUNT = dist("n=", "Cell count distribution per partition (default FIXED(5))");
    static final SubOption COL_SIZE = dist("size=", "Cell size distribution in bytes (default FIXED(34))");
    static final SubOption COL_SLICE = flag("slice", "Use range slices for reads").ignored();
    static final SubOption COL_SUPER = value("super=", "Thrift super columns: none exist over CQL").ignored();
    static final SubOption COL_COMPARATOR = value("comparator=", "Thrift column comparator: CQL columns have names").ignored();
    static final SubOption COL_TIMESTAMP = value("timestamp=", "Write all columns with this timestamp (USING TIMESTAMP)");

    static final SubOption RATE_THREADS = value("threads=", "Run this many operations concurrently (per process)");
    static final SubOption RATE_THROTTLE = value("throttle=", "Target rate N/s; prints service time");
    static final SubOption RATE_FIXED = value("fixed=", "Target rate N/s; prints response time from the schedule");
    static final SubOption RATE_MIN = value("threads>=", "Auto mode: start with this many threads (default 4)");
    static final SubOption RATE_MAX = value("threads<=", "Auto mode: at most this many threads (default 1000)");
    static final SubOption RATE_AUTO = flag("auto", "Auto mode: stop adding threads once throughput saturates");
    static final SubOption RATE_PROCESSES = value("processes=", "Independent dispatchers, each with its own session (default 1)");

    static final SubOption MODE_NATIVE = flag("native", "CQL native protocol (the only mode)");
    static final SubOption MODE_4X = flag("4x", "Same as native: jstress always uses driver 4");
    static final SubOption MODE_CQL3 = flag("cql3", "CQL3 (always)");
    static final SubOption MODE_PREPARED = flag("prepared", "Use prepared statements (default)");
    static final SubOption MODE_UNPREPARED = flag("unprepared", "Use unprepared statements");
    static final SubOption MODE_SIMPLENATIVE = flag("simplenative", "Cassandra's internal SimpleClient: jstress always uses the driver").ignored();
    static final SubOption MODE_THRIFT = flag("thrift", "Thrift is not supported").rejected();
    static final SubOption MODE_USER = value("user=", "Username (plain-text authentication)");
    static final SubOption MODE_PASSWORD = value("password=", "Password (never printed)");
    static final SubOption MODE_AUTH_PROVIDER = value("auth-provider=",
        "PlainTextAuthProvider (the default with user=), or a driver 4 AuthProvider class on the classpath");
    static final SubOption MODE_COMPRESSION = value("compression=", "Frame compression: none, lz4 or snappy (snappy runs protocol v4: v5 has none)");
    static final SubOption MODE_PORT = value("port=", "Thrift-era port; use -port native=").ignored();
    static final SubOption MODE_MAX_PENDING = value("maxPending=", "Maximum pending requests per connection");
    static final SubOption MODE_CONNECTIONS = value("connectionsPerHost=", "Connections per host");
    static final SubOption MODE_PROTOCOL = value("protocolVersion=", "CQL protocol version (3, 4 or 5)");
    static final SubOption MODE_REQUEST_TIMEOUT = value("requestTimeout=", "Request timeout in ms (default 12000)");
    static final SubOption MODE_CONNECT_TIMEOUT = value("connectTimeout=", "Connection timeout in ms");
    static final SubOption MODE_CONTROL_TIMEOUT = value("controlConnectionTimeout=", "Control connection timeout in ms");

    static final SubOption ERR_RETRIES = value("retries=", "Retries per operation before it fails (default 9)");
    static final SubOption ERR_IGNORE = flag("ignore", "Keep running after an operation failed for good");
    static final SubOption ERR_FAIL_FAST = flag("fail-fast",
        "Stop at the first failure without waiting for the ops still in flight");
    static final SubOption ERR_SKIP_READ = flag("skip-read-validation", "Do not check the values read");
    static final SubOption ERR_SKIP_UNSUPPORTED = flag("skip-unsupported-columns",
        "Skip (with one warning each) value columns of a user profile whose type cannot be generated");
    static final SubOption ERR_DELAY_POLICY = value("delay-policy=",
        "Wait before retrying an op the server was overloaded for: constant, linear or exponential (default constant)");
    static final SubOption ERR_MIN_DELAY = value("min-delay-ms=",
        "Shortest retry delay in ms (default 0: retry at once)");
    static final SubOption ERR_MAX_DELAY = value("max-delay-ms=", "Longest retry delay in ms (default 20000)");

    static final SubOption SCHEMA_REPLICATION = group("replication",
        "strategy=X replication_factor=N or DC=N pairs (default SimpleStrategy, replication_factor=1)");
    static final SubOption SCHEMA_STORAGE = group("storage",
        "ScyllaDB keyspace storage: type=LOCAL, or type=S3 with endpoint= and bucket=");
    static final SubOption SCHEMA_KEYSPACE = value("keyspace=", "Keyspace name (default keyspace1)");
    static final SubOption SCHEMA_COMPACTION = group("compaction", "strategy=X and its options");
    static final SubOption SCHEMA_COMPRESSION = value("compression=", "Table compression class, e.g. LZ4Compressor");

    static final SubOption NODE_DATACENTER = value("datacenter=", "Local datacenter of the load balancing policy");
    static final SubOption NODE_RACK = value("rack=", "Local rack of the load balancing policy");
    static final SubOption NODE_WHITELIST = flag("whitelist", "Talk only to the listed nodes");
    static final SubOption NODE_FILE = value("file=", "Read the nodes from this file, one per line");
    static final SubOption NODE_LOADBALANCE = value("loadbalance=",
        "round-robin (every node of every DC), dc-aware or rack-aware (default: rack-aware with rack=, else dc-aware)");
    static final SubOption NODE_REMOTE_DC = value("remote-dc=",
        "Nodes of each other DC to fail over to, for requests whose cl= is not LOCAL_* (dc-aware, rack-aware)");
    static final SubOption NODE_EMBEDDED = new SubOption("embedded", SubOption.Kind.COUNTED_FLAG,
        "jstress: start N throwaway local Cassandra nodes (embedded:N, default 1)", SubOption.Effect.ACTS);
    static final SubOption NODE_HOSTS = new SubOption("", SubOption.Kind.HOSTS,
        "Comma separated nodes (default localhost)", SubOption.Effect.ACTS);

    static final SubOption LOG_LEVEL = value("level=", "minimal (no line per failed op under -errors ignore), normal, verbose (driver protocol, compression and bytes)");
    static final SubOption LOG_NO_SUMMARY = flag("no-summary", "Do not print the Results block");
    static final SubOption LOG_FILE = value("file=", "Also write the console output to this file");
    static final SubOption LOG_HDRFILE = value("hdrfile=", "Write HDR interval histograms to this file");
    static final SubOption LOG_INTERVAL = value("interval=", "Report interval: 10, 10s or 500ms (default 1s)");
    static final SubOption LOG_NO_SETTINGS = flag("no-settings", "Do not print the settings dump");
    static final SubOption LOG_PRINT_STATEMENTS = flag("print-statements-on-error",
        "A user op that fails for good names its CQL (the predefined commands' do not, as in cassandra-stress)");
    static final SubOption LOG_JSON = value("json=", "jstress: write the summary as JSON to this file");

    static final SubOption TRANSPORT_FACTORY = value("factory=", "Thrift transport factory class").ignored();
    static final SubOption TRANSPORT_TRUSTSTORE = value("truststore=",
        "Turns TLS on: the CA certificates the nodes' certificates must chain to (JKS, PKCS12 or PEM)");
    static final SubOption TRANSPORT_TRUSTSTORE_PASSWORD = value("truststore-password=",
        "Truststore password (never printed)");
    static final SubOption TRANSPORT_KEYSTORE = value("keystore=", "Client certificate for mutual TLS: JKS, PKCS12, "
        + "or one PEM file holding the certificate chain and its unencrypted PKCS#8 key (default: none)");
    static final SubOption TRANSPORT_KEYSTORE_PASSWORD = value("keystore-password=",
        "Keystore and key password (never printed)");
    static final SubOption TRANSPORT_PROTOCOL = value("ssl-protocol=", "SSLContext protocol, e.g. TLSv1.3 (default TLS)");
    static final SubOption TRANSPORT_ALGORITHM = value("ssl-alg=",
        "Key and trust manager algorithm, e.g. SunX509 or PKIX (default: the JVM's)");
    static final SubOption TRANSPORT_STORE_TYPE = value("store-type=",
        "JKS, PKCS12 or PEM (default: recognised from each file's content)");
    static final SubOption TRANSPORT_CIPHERS = value("ssl-ciphers=",
        "Comma separated cipher suites (default: the JVM's enabled suites)");
    static final SubOption TRANSPORT_HOSTNAME = value("hostname-verification=",
        "true: the node's certificate must name the address dialled, IP SANs included (default false)");

    static final SubOption PORT_NATIVE = value("native=", "CQL native port (default 9042)");
    static final SubOption PORT_THRIFT = value("thrift=", "Thrift port: jstress speaks CQL only").ignored();
    static final SubOption PORT_JMX = value("jmx=", "Nodes' JMX port: jstress reports the loader's own GC").ignored();

    static final SubOption GRAPH_FILE = value("file=", "HTML file to create or append to");
    static final SubOption GRAPH_REVISION = value("revision=", "Name of this run among the others in the file (default unknown)");
    static final SubOption GRAPH_TITLE = value("title=", "Page title (default: the title the file has, else the date)");
    static final SubOption GRAPH_OP = value("op=", "Name for the operation (default: the command, e.g. WRITE)");

    static final SubOption SPLIT_OF = value("of=", "jstress: how many loaders share the workload (default 1)");
    static final SubOption SPLIT_INDEX = value("index=",
        "This loader's number, 0 to of-1 (default: the environment variable JOB_COMPLETION_INDEX)");
    static final SubOption SPLIT_START_AT = value("start-at=",
        "Start the measured run at this instant, in seconds since the epoch, e.g. $(( $(date +%s) + 60 ))");

    private static final List<OptionTable> TABLES = List.of(
        OptionTable.of("-pop", "Population distribution and intra-partition visit order",
            form(List.of(POP_SEQ), POP_NO_WRAP, POP_LOOKBACK, POP_CONTENTS),
            form(List.of(), POP_DIST, POP_CONTENTS)),
        OptionTable.of("-insert", "Overrides of the user profiles' insert sections",
            form(List.of(), INSERT_REVISIT, INSERT_VISITS, INSERT_PARTITIONS, INSERT_BATCH_TYPE, INSERT_SELECT,
                INSERT_ROW_POPULATION, INSERT_CONSISTENCY, INSERT_SERIAL_CONSISTENCY)),
        OptionTable.of("-col", "Column count, size and names",
            form(List.of(COL_NAMES), COL_SLICE, COL_SUPER, COL_COMPARATOR, COL_TIMESTAMP, COL_SIZE),
            form(List.of(), COL_COUNT, COL_SLICE, COL_SUPER, COL_COMPARATOR, COL_TIMESTAMP, COL_SIZE)),
        OptionTable.of("-rate", "Thread count, rate limit or automatic mode (default is auto)",
            form(List.of(RATE_THREADS), RATE_THROTTLE, RATE_FIXED, RATE_PROCESSES),
            form(List.of(), RATE_MIN, RATE_MAX, RATE_AUTO, RATE_PROCESSES)),
        OptionTable.of("-mode", "Connection settings of the driver",
            form(List.of(), MODE_NATIVE, MODE_4X, MODE_CQL3, MODE_PREPARED, MODE_UNPREPARED, MODE_SIMPLENATIVE,
                MODE_THRIFT, MODE_COMPRESSION, MODE_PORT, MODE_USER, MODE_PASSWORD, MODE_AUTH_PROVIDER,
                MODE_MAX_PENDING, MODE_CONNECTIONS, MODE_PROTOCOL, MODE_REQUEST_TIMEOUT, MODE_CONNECT_TIMEOUT,
                MODE_CONTROL_TIMEOUT)),
        OptionTable.of("-errors", "How to handle errors when encountered during stress",
            form(List.of(), ERR_RETRIES, ERR_IGNORE, ERR_FAIL_FAST, ERR_SKIP_READ, ERR_SKIP_UNSUPPORTED,
                ERR_DELAY_POLICY, ERR_MIN_DELAY, ERR_MAX_DELAY)),
        OptionTable.of("-schema", "Replication settings, compression, compaction, keyspace",
            form(List.of(), SCHEMA_REPLICATION, SCHEMA_STORAGE, SCHEMA_KEYSPACE, SCHEMA_COMPACTION,
                SCHEMA_COMPRESSION)),
        OptionTable.of("-node", "Nodes to connect to",
            form(List.of(), NODE_DATACENTER, NODE_RACK, NODE_WHITELIST, NODE_FILE, NODE_LOADBALANCE, NODE_REMOTE_DC,
                NODE_EMBEDDED, NODE_HOSTS)),
        OptionTable.of("-log", "Where to log progress to, and the interval at which to do it",
            form(List.of(), LOG_LEVEL, LOG_NO_SUMMARY, LOG_FILE, LOG_HDRFILE, LOG_INTERVAL, LOG_NO_SETTINGS,
                LOG_PRINT_STATEMENTS, LOG_JSON)),
        OptionTable.of("-transport", "TLS settings (TLS is on when truststore= is given)",
            form(List.of(), TRANSPORT_FACTORY, TRANSPORT_TRUSTSTORE, TRANSPORT_TRUSTSTORE_PASSWORD, TRANSPORT_KEYSTORE,
                TRANSPORT_KEYSTORE_PASSWORD, TRANSPORT_PROTOCOL, TRANSPORT_ALGORITHM, TRANSPORT_STORE_TYPE,
                TRANSPORT_CIPHERS, TRANSPORT_HOSTNAME)),
        OptionTable.of("-port", "The port to connect to cassandra nodes on",
            form(List.of(), PORT_NATIVE, PORT_THRIFT, PORT_JMX)),
        OptionTable.of("-sendto", "Send this command to a stress server",
            form(List.of(new SubOption("", SubOption.Kind.HOSTS, "The stress server", SubOption.Effect.ACTS))))
            .ignoredBecause("it needs a stress daemon (cassandra-stressd), which jstress does not have"),
        OptionTable.of("-graph", "Graph recorded metrics",
            form(List.of(GRAPH_FILE), GRAPH_REVISION, GRAPH_TITLE, GRAPH_OP)),
        OptionTable.of("-tokenrange", "Token range settings",
            form(List.of(), TOKENRANGE_WRAP, TOKENRANGE_SPLIT)),
        OptionTable.of("-split", "jstress: run one loader's share of the workload, starting with the others",
            form(List.of(), SPLIT_OF, SPLIT_INDEX, SPLIT_START_AT)));

    private OptionGrammar()
    {
    }

    public static List<OptionTable> tables()
    {
        return TABLES;
    }

    /** The table for an option word, case-insensitive; -send-to is cassandra-stress's other name for -sendto. */
    static Optional<OptionTable> find(final String option)
    {
        final String lower = option.toLowerCase(Locale.ROOT);
        final String name = lower.equals("-send-to") ? "-sendto" : lower;
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    static OptionTable table(final String option)
    {
        return find(option).orElseThrow();
    }
}
