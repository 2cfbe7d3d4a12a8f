package io.jstress.cli;

import static io.jstress.cli.CommandGrammar.OPS;
import static io.jstress.cli.CommandGrammar.PROFILE;
import static io.jstress.cli.CommandGrammar.USER_CLUSTERING;
import static io.jstress.cli.CommandGrammar.USER_SERIAL_CONSISTENCY;

import io.jstress.settings.Consistency;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.ErrorSettings;
import io.jstress.settings.TableShape;
import io.jstress.settings.TokenRangeSettings;
import io.jstress.settings.UserProfile;
import io.jstress.settings.UserSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user command's own words: the profiles (read and checked here, before anything connects), the named ops
 * and their ratios, the clustering of op runs and the serial consistency level.
 */
final class UserTranslator
{
    static final DistributionSpec DEFAULT_CLUSTERING = DistributionSpec.of(Distributions.gaussian(1, 10, 3d));

    private UserTranslator()
    {
    }

    static UserSettings translate(final GivenWords words)
    {
        if (!words.has(PROFILE) || !words.has(OPS))
        {
            throw new UsageException("user: expected profile=FILE and ops(name=ratio,...), e.g. "
                + "user profile=stress.yaml ops(insert=1,q1=2)");
        }
        final List<UserProfile> profiles = profiles(words.value(PROFILE).orElseThrow(), words.word(PROFILE));
        final List<UserSettings.NamedOp> ops = ops(words.value(OPS).orElseThrow(), words.word(OPS), profiles);
        final DistributionSpec clustering = words.value(USER_CLUSTERING)
            .map(v -> ProfileDistributions.parse(v)).orElse(DEFAULT_CLUSTERING);
        final Consistency serial = words.value(USER_SERIAL_CONSISTENCY).map(v -> switch (v.toUpperCase(Locale.ROOT))
        {
            case "SERIAL" -> Consistency.SERIAL;
            case "LOCAL_SERIAL" -> Consistency.LOCAL_SERIAL;
            default -> throw Numbers.expected(words.word(USER_SERIAL_CONSISTENCY), "SERIAL or LOCAL_SERIAL");
        }).orElse(Consistency.SERIAL);
        return new UserSettings(profiles, ops, clustering, serial, TokenRangeSettings.DEFAULT);
    }

    private static List<UserProfile> profiles(final String value, final String word)
    {
        final Map<String, UserProfile> bySpec = new LinkedHashMap<>();
        for (final String file : value.split(","))
        {
            if (file.isBlank())
            {
                throw Numbers.expected(word, "profile=FILE[,FILE...]");
            }
            final UserProfile profile = ProfileReader.read(file);
            final UserProfile earlier = bySpec.put(profile.specName().toLowerCase(Locale.ROOT), profile);
            if (earlier != null)
            {
                throw new UsageException(file + ": specname '" + profile.specName() + "' is also the specname of "
                    + earlier.source() + "; give each profile its own specname");
            }
        }
        return List.copyOf(bySpec.values());
    }

    /** ops(name=ratio,...): each name is insert, a query, or specname.op for a profile after the first. */
    private static List<UserSettings.NamedOp> ops(final String value, final String word,
        final List<UserProfile> profiles)
    {
        final List<UserSettings.NamedOp> ops = new ArrayList<>();
        for (final String pair : value.split(","))
        {
            final String[] kv = pair.split("=", -1);
            if (kv.length != 2 || kv[0].isEmpty())
            {
                throw Numbers.expected(word, "ops(name=ratio,...), e.g. ops(insert=1,q1=2)");
            }
            final UserSettings.NamedOp op = op(kv[0], Numbers.decimal(kv[1], word), word, profiles);
            if (ops.stream().anyMatch(o -> o.name().equalsIgnoreCase(kv[0])))
            {
                throw Numbers.expected(word, "each op once, but " + kv[0] + " is given twice");
            }
            ops.add(op);
        }
        if (ops.stream().noneMatch(o -> o.ratio() > 0))
        {
            throw Numbers.expected(word, "at least one op with a ratio above 0");
        }
        return ops;
    }

    private static UserSettings.NamedOp op(final String op, final double ratio, final String word,
        final List<UserProfile> profiles)
    {
        final Optional<UserSettings.NamedOp> name = OpName.resolve(op, ratio, profiles);
        if (name.isEmpty())
        {
            throw Numbers.expected(word, "ops named insert, one of the queries of " + profiles.get(0).source()
                + " (" + String.join(", ", profiles.get(0).queries().keySet()) + ")"
                + (profiles.size() > 1 ? ", or specname.op" : "") + ", but '" + op + "' is none of them");
        }
        return name.get();
    }

    /** Unsupported columns: key columns stop the run, value columns too unless -errors skip-unsupported-columns. */
    static void checkColumns(final UserSettings user, final ErrorSettings errors, final Warnings warnings)
    {
        for (final UserProfile profile : user.profiles())
        {
            if (profile.definedTable().isEmpty())
            {
                continue;
            }
            final TableShape table = profile.definedTable().get();
            final List<TableShape.Column> keys = new ArrayList<>(table.partitionKey());
            keys.addAll(table.clustering());
            for (final TableShape.Column column : table.columns())
            {
                if (column.type().generated() || column.type().kind() == io.jstress.settings.CqlType.Kind.UDT)
                {
                    continue;
                }
                final String what = profile.source() + ": table " + table.name() + " has column " + column.name()
                    + " of type " + column.type().cql() + ", which jstress cannot generate";
                if (keys.contains(column) || !errors.skipUnsupportedColumns())
                {
                    throw new UsageException(what + (keys.contains(column) ? ""
                        : "; give -errors skip-unsupported-columns to leave it out"));
                }
                warnings.add(what + "; it is left out (-errors skip-unsupported-columns)");
            }
        }
    }
}
