package io.jstress.cli;

import static io.jstress.cli.OptionTable.form;
import static io.jstress.cli.SubOption.dist;
import static io.jstress.cli.SubOption.flag;
import static io.jstress.cli.SubOption.group;
import static io.jstress.cli.SubOption.value;

import io.jstress.settings.Command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The words each workload command accepts, in cassandra-stress's three forms: until stable, n=, duration=. */
public final class CommandGrammar
{
    static final SubOption COUNT = value("n=", "Number of operations to perform (k, m, b suffixes)");
    static final SubOption DURATION = value("duration=", "Time to run (s, m or h suffix)");
    static final SubOption ERROR_LIMIT = value("err<", "Run until the standard error of the mean is below this fraction (default 0.02)");
    static final SubOption MIN_INTERVALS = value("n>", "Run at least this many intervals before accepting convergence (default 30)");
    static final SubOption MAX_INTERVALS = value("n<", "Run at most this many intervals before accepting convergence (default 200)");
    static final SubOption NO_WARMUP = flag("no-warmup", "Do not warm up");
    static final SubOption TRUNCATE = value("truncate=", "Truncate the table: never, once (before the run) or always");
    static final SubOption CONSISTENCY = value("cl=", "Consistency level: ONE, QUORUM, LOCAL_QUORUM, EACH_QUORUM, ALL, ANY, TWO, THREE, LOCAL_ONE, SERIAL, LOCAL_SERIAL (default LOCAL_ONE)");
    static final SubOption SERIAL_CONSISTENCY = value("serial-cl=", "Serial consistency level (SERIAL or LOCAL_SERIAL)").ignored();
    static final SubOption KEY_SIZE = value("keysize=", "Partition key size in bytes (default 10)");
    static final SubOption ADD = dist("add=", "Distribution of each counter's increment (default fixed(1))");
    static final SubOption RATIO = group("ratio", "Op ratios, e.g. ratio(write=1,read=2); default 1:1");
    static final SubOption CLUSTERING = dist("clustering=",
        "Distribution of runs of the same op type (default GAUSSIAN(1..10))");
    static final SubOption PROFILE = value("profile=",
        "The YAML profile(s) to run, comma-separated; ops of the second and later are named specname.op");
    static final SubOption OPS = group("ops",
        "Op ratios, e.g. ops(insert=2,q1=1): insert is the profile's batch insert, other names its queries");
    static final SubOption USER_CLUSTERING = dist("clustering=",
        "Distribution of runs of the same op (default gaussian(1..10))");
    static final SubOption USER_SERIAL_CONSISTENCY = value("serial-cl=",
        "Serial consistency level of lightweight transactions: SERIAL (default) or LOCAL_SERIAL");

    private static final List<Described> COMMANDS = List.of(
        new Described(Command.WRITE, List.of("write", "insert"), "Multiple concurrent writes against the cluster"),
        new Described(Command.READ, List.of("read"),
            "Multiple concurrent reads - the cluster must first be populated by a write test"),
        new Described(Command.MIXED, List.of("mixed"),
            "Interleaving of reads and writes with a configurable ratio - the cluster must first be populated by a write test"),
        new Described(Command.COUNTER_WRITE, List.of("counter_write", "counterwrite", "counter_add", "counteradd"),
            "Multiple concurrent updates of counters"),
        new Described(Command.COUNTER_READ, List.of("counter_read", "counterread", "counter_get", "counterget"),
            "Multiple concurrent reads of counters - the cluster must first be populated by a counter_write test"),
        new Described(Command.USER, List.of("user"),
            "Interleaving of user provided queries, with configurable ratio and distribution"));

    /** A workload command, the names it answers to (the first is its own) and its help line. */
    public record Described(Command command, List<String> names, String description)
    {
    }

    private CommandGrammar()
    {
    }

    public static List<Described> commands()
    {
        return COMMANDS;
    }

    static Optional<Described> find(final String word)
    {
        final String lower = word.toLowerCase(Locale.ROOT);
        return COMMANDS.stream().filter(c -> c.names().contains(lower)).findFirst();
    }

    /** The grammar of one command; mixed adds ratio( ) and clustering=, the counters add add=. */
    public static OptionTable table(final Described described)
    {
        if (described.command() == Command.USER)
        {
            return userTable(described);
        }
        final List<SubOption> shared = new ArrayList<>(List.of(NO_WARMUP, TRUNCATE, CONSISTENCY, SERIAL_CONSISTENCY,
            KEY_SIZE));
        if (described.command() == Command.MIXED)
        {
            shared.add(0, RATIO);
            shared.add(1, CLUSTERING);
        }
        if (described.command() == Command.COUNTER_WRITE)
        {
            shared.add(ADD);
        }
        final SubOption[] rest = shared.toArray(SubOption[]::new);
        final List<SubOption> stable = new ArrayList<>(List.of(ERROR_LIMIT, MIN_INTERVALS, MAX_INTERVALS));
        stable.addAll(shared);
        return OptionTable.of(described.names().get(0), described.description(),
            form(List.of(), stable.toArray(SubOption[]::new)),
            form(List.of(COUNT), rest),
            form(List.of(DURATION), rest));
    }

    /** user: profile= and ops(...) in every form, as cassandra-stress's SettingsCommandUser takes them. */
    private static OptionTable userTable(final Described described)
    {
        final SubOption[] rest = {USER_CLUSTERING, NO_WARMUP, TRUNCATE, CONSISTENCY, USER_SERIAL_CONSISTENCY};
        final List<SubOption> stable = new ArrayList<>(List.of(ERROR_LIMIT, MIN_INTERVALS, MAX_INTERVALS));
        stable.addAll(List.of(rest));
        return OptionTable.of(described.names().get(0), described.description(),
            form(List.of(PROFILE, OPS), stable.toArray(SubOption[]::new)),
            form(List.of(PROFILE, OPS, COUNT), rest),
            form(List.of(PROFILE, OPS, DURATION), rest));
    }
}
