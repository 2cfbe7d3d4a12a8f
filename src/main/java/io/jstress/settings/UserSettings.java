package io.jstress.settings;

import java.util.List;
import java.util.Map;

/**
 * The user command: its profiles (the first is the default one, whose ops need no specname. prefix), the ratio
 * of each named op, in the order given, the distribution of runs of one op, and the serial consistency level.
 */
public record UserSettings(List<UserProfile> profiles, Map<String, Double> ops, DistributionSpec clustering,
    Consistency serialConsistency)
{
    public static final String INSERT = "insert";

    /** Whether insert is the only op: then the population defaults to seq=1..n, as for write. */
    public boolean insertOnly()
    {
        return ops.size() == 1 && ops.keySet().iterator().next().equalsIgnoreCase(INSERT);
    }
}
