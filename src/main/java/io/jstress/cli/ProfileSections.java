package io.jstress.cli;

import io.jstress.settings.Consistency;
import io.jstress.settings.Distribution;
import io.jstress.settings.DistributionSpec;
import io.jstress.settings.RatioSpec;
import io.jstress.settings.UserProfile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The insert, queries and token_range_queries sections of a profile, and its distribution values. */
final class ProfileSections
{
    static final List<String> INSERT_KEYS = List.of("partitions", "select", "row-population", "batchtype",
        "consistencyLevel", "serialConsistencyLevel");
    static final List<String> QUERY_KEYS = List.of("cql", "fields", "consistencyLevel", "serialConsistencyLevel");
    static final List<String> TOKEN_RANGE_KEYS = List.of("columns", "page_size");
    private static final DistributionSpec ONE = DistributionSpec.of(new Distribution.Fixed(1));
    private static final RatioSpec ALL = new RatioSpec(ONE, 1);

    private ProfileSections()
    {
    }

    static UserProfile.InsertSpec insert(final ProfileNode node)
    {
        final Map<String, ProfileNode> keys = node == null || node.isNull() ? Map.of()
            : node.mapping("insert", INSERT_KEYS);
        return new UserProfile.InsertSpec(
            distribution(keys.get("partitions"), "partitions").orElse(ONE),
            ratio(keys.get("select"), "select"),
            ratio(keys.get("row-population"), "row-population"),
            batchType(keys.get("batchtype")),
            consistency(keys.get("consistencylevel"), "consistencyLevel", false),
            consistency(keys.get("serialconsistencylevel"), "serialConsistencyLevel", true));
    }

    static Map<String, UserProfile.QuerySpec> queries(final ProfileNode node, final ProfileNode tokenRange)
    {
        final Map<String, ProfileNode> ranges = tokenRange == null || tokenRange.isNull() ? Map.of()
            : tokenRange.namedEntries("token_range_queries");
        final Map<String, UserProfile.QuerySpec> queries = new LinkedHashMap<>();
        for (final Map.Entry<String, ProfileNode> e : node.namedEntries("queries").entrySet())
        {
            final String name = e.getKey();
            final ProfileNode query = e.getValue();
            if (name.equals("insert"))
            {
                throw query.error("query name 'insert' is reserved for the profile's batch insert; rename the query");
            }
            if (ranges.containsKey(name))
            {
                throw query.error("'" + name + "' is both a query and a token range query; give them different names");
            }
            final Map<String, ProfileNode> keys = query.mapping("query " + name, QUERY_KEYS);
            if (!keys.containsKey("cql") || keys.get("cql").isNull())
            {
                throw query.error("query " + name + " has no cql; expected cql: <statement>");
            }
            queries.put(name, new UserProfile.QuerySpec(name, keys.get("cql").scalar("cql").strip(),
                fields(keys.get("fields"), name),
                consistency(keys.get("consistencylevel"), "consistencyLevel", false),
                consistency(keys.get("serialconsistencylevel"), "serialConsistencyLevel", true)));
        }
        return queries;
    }

    static Map<String, UserProfile.TokenRangeSpec> tokenRangeQueries(final ProfileNode node)
    {
        final Map<String, UserProfile.TokenRangeSpec> ranges = new LinkedHashMap<>();
        if (node == null || node.isNull())
        {
            return ranges;
        }
        for (final Map.Entry<String, ProfileNode> e : node.namedEntries("token_range_queries").entrySet())
        {
            final Map<String, ProfileNode> keys = e.getValue().mapping("token range query " + e.getKey(),
                TOKEN_RANGE_KEYS);
            final String columns = keys.containsKey("columns") ? keys.get("columns").scalar("columns") : "*";
            int pageSize = 5000;
            if (keys.containsKey("page_size"))
            {
                final ProfileNode page = keys.get("page_size");
                pageSize = at(page, () -> Numbers.positiveInt(page.scalar("page_size"), page.shown()));
            }
            ranges.put(e.getKey(), new UserProfile.TokenRangeSpec(e.getKey(), columns, pageSize));
        }
        return ranges;
    }

    static Optional<DistributionSpec> distribution(final ProfileNode node, final String what)
    {
        if (node == null || node.isNull())
        {
            return Optional.empty();
        }
        final String spec = node.scalar(what);
        return Optional.of(at(node, () -> ProfileDistributions.parse(spec)));
    }

    private static RatioSpec ratio(final ProfileNode node, final String what)
    {
        if (node == null || node.isNull())
        {
            return ALL;
        }
        final String spec = node.scalar(what);
        return at(node, () -> ProfileDistributions.ratio(spec));
    }

    private static UserProfile.BatchType batchType(final ProfileNode node)
    {
        if (node == null || node.isNull())
        {
            return UserProfile.BatchType.LOGGED;
        }
        final String value = node.scalar("batchtype");
        return Arrays.stream(UserProfile.BatchType.values()).filter(b -> b.name().equalsIgnoreCase(value.strip()))
            .findFirst().orElseThrow(() -> node.error("invalid batchtype '" + value
                + "'; expected LOGGED, UNLOGGED or COUNTER"));
    }

    private static UserProfile.ArgSelect fields(final ProfileNode node, final String query)
    {
        if (node == null || node.isNull())
        {
            return UserProfile.ArgSelect.MULTIROW;
        }
        final String value = node.scalar("fields");
        return Arrays.stream(UserProfile.ArgSelect.values()).filter(a -> a.name().equalsIgnoreCase(value.strip()))
            .findFirst().orElseThrow(() -> node.error("invalid fields '" + value + "' in query " + query
                + "; expected samerow or multirow"));
    }

    private static Optional<Consistency> consistency(final ProfileNode node, final String what, final boolean serial)
    {
        if (node == null || node.isNull())
        {
            return Optional.empty();
        }
        final String value = node.scalar(what).strip();
        final List<Consistency> allowed = serial ? List.of(Consistency.SERIAL, Consistency.LOCAL_SERIAL)
            : Arrays.asList(Consistency.values());
        return Optional.of(allowed.stream().filter(c -> c.name().equals(value.toUpperCase(Locale.ROOT)))
            .findFirst().orElseThrow(() -> node.error("invalid " + what + " '" + value + "'; expected one of: "
                + String.join(", ", allowed.stream().map(Enum::name).toList()))));
    }

    /** Runs a parse of this node's value, putting the node's place in the file in front of any usage error. */
    private static <T> T at(final ProfileNode node, final java.util.function.Supplier<T> parse)
    {
        try
        {
            return parse.get();
        }
        catch (final UsageException e)
        {
            throw node.error(e.getMessage());
        }
    }
}
