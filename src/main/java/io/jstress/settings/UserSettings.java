package io.jstress.settings;

import java.util.List;

/**
 * The user command: its profiles (the first is the default one, whose ops need no specname. prefix), its named
 * ops in the order ops(...) gives them, the distribution of runs of one op, the serial consistency level, and how
 * token range queries walk the ring.
 */
public record UserSettings(List<UserProfile> profiles, List<NamedOp> ops, DistributionSpec clustering,
    Consistency serialConsistency, TokenRangeSettings tokenRange)
{
    public static final String INSERT = "insert";

    /**
     * One op of ops(...): its name as given (what the output prints), the index of its profile, what it runs (insert
     * or a query's lower-case name) and its ratio.
     */
    public record NamedOp(String name, int profile, String target, double ratio)
    {
        public boolean insert()
        {
            return target.equals(INSERT);
        }
    }

    public UserSettings
    {
        profiles = List.copyOf(profiles);
        ops = List.copyOf(ops);
    }

    /** These settings with each profile's insert section as -insert overrides it. */
    public UserSettings withInsert(final InsertSettings insert)
    {
        return new UserSettings(profiles.stream().map(p -> p.withInsert(insert.over(p.insert()))).toList(), ops,
            clustering, serialConsistency, tokenRange);
    }

    /** These settings with -tokenrange's. */
    public UserSettings withTokenRange(final TokenRangeSettings other)
    {
        return new UserSettings(profiles, ops, clustering, serialConsistency, other);
    }

    /** Whether insert is the only op: then the population defaults to seq=1..n, as for write. */
    public boolean insertOnly()
    {
        return ops.size() == 1 && ops.get(0).insert();
    }
}
