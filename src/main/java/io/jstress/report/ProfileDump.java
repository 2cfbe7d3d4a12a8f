package io.jstress.report;

import io.jstress.settings.ColumnSpec;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.RatioSpec;
import io.jstress.settings.UserProfile;
import io.jstress.settings.UserSettings;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The user command's part of the settings dump: its ops and profiles, as cassandra-stress 3.x prints them. */
final class ProfileDump
{
    private final PrintStream out;

    private ProfileDump(final PrintStream out)
    {
        this.out = out;
    }

    /** The lines the Command section gains for a user run. */
    static void commandLines(final UserSettings user, final PrintStream out)
    {
        out.println("  Command Ratios: " + user.ops().stream().map(o -> o.name() + "=" + o.ratio())
            .collect(Collectors.joining(", ", "{", "}")));
        out.println("  Command Clustering Distribution: " + describe(user.clustering()));
        out.println("  Profile File(s): " + user.profiles().stream().map(UserProfile::source)
            .collect(Collectors.joining(",")));
    }

    /** The Profile(s) section, after the other sections. */
    static void profiles(final UserSettings user, final PrintStream out)
    {
        out.println();
        out.println("******************** Profile ********************");
        out.println("******************** Profile(s) ********************");
        final ProfileDump dump = new ProfileDump(out);
        user.profiles().forEach(dump::profile);
    }

    private void profile(final UserProfile p)
    {
        line("  Keyspace Name: %s", p.keyspace());
        line("  Keyspace CQL: %n***%n%s%n***%n", p.keyspaceCql().orElse("null"));
        line("  Table Name: %s", p.table());
        line("  Table CQL: %n***%n%s%n***%n", p.tableCql().orElse("null"));
        line("  Extra Schema Definitions: %s", p.extraDefinitions().isEmpty() ? "null" : p.extraDefinitions());
        line("  Generator Configs:");
        for (final ColumnSpec c : p.columns().values())
        {
            line("    %s: %s%s%s", c.name(), config("Clustering", c.cluster()), config("Size", c.size()),
                config("Identity", c.population()));
        }
        line("  Query Definitions:");
        for (final UserProfile.QuerySpec q : p.queries().values())
        {
            line("    %s: CQL:%s;Fields:%s;%s%s", q.name(), q.cql(), q.fields().name().toLowerCase(Locale.ROOT),
                q.consistency().map(c -> "consistencyLevel:" + c + ";").orElse(""),
                q.serialConsistency().map(c -> "serialConsistencyLevel:" + c + ";").orElse(""));
        }
        line("  Token Range Queries:");
        p.tokenRangeQueries().values().forEach(t -> line("    %s: Columns:%s;", t.name(), t.columns()));
        final UserProfile.InsertSpec insert = p.insert();
        line("  Insert Settings:");
        line("    partitions: %s", describe(insert.partitions()));
        line("    select: %s", describe(insert.select()));
        line("    row-population: %s", describe(insert.rowPopulation()));
        line("    batchtype: %s", insert.batchType());
    }

    private static String config(final String name, final Optional<DistributionSpec> spec)
    {
        return spec.map(s -> name + ": " + describe(s) + ";").orElse("");
    }

    private static String describe(final DistributionSpec spec)
    {
        return (spec.inverted() ? "Inverse: " : "") + SettingsDump.describe(spec.shape());
    }

    private static String describe(final RatioSpec ratio)
    {
        return String.format(Locale.ROOT, "Ratio: divisor=%f;delegate=%s", ratio.divisor(),
            describe(ratio.distribution()));
    }

    private void line(final String format, final Object... args)
    {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
