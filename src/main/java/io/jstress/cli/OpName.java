package io.jstress.cli;

import io.jstress.settings.UserProfile;
import io.jstress.settings.UserSettings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves an op name of ops(...): "insert" and query names belong to the first profile; "specname.op" to the
 * profile with that specname (the specname may itself contain dots).
 */
final class OpName
{
    private static final Pattern QUALIFIED = Pattern.compile("(.+)\\.(.+)");

    private OpName()
    {
    }

    static Optional<UserSettings.NamedOp> resolve(final String name, final double ratio,
        final List<UserProfile> profiles)
    {
        final Matcher m = QUALIFIED.matcher(name);
        if (m.matches())
        {
            for (int p = 0; p < profiles.size(); p++)
            {
                if (profiles.get(p).specName().equalsIgnoreCase(m.group(1)))
                {
                    return known(name, ratio, p, profiles.get(p), m.group(2));
                }
            }
        }
        return known(name, ratio, 0, profiles.get(0), name);
    }

    private static Optional<UserSettings.NamedOp> known(final String name, final double ratio, final int index,
        final UserProfile profile, final String op)
    {
        final String lower = op.toLowerCase(Locale.ROOT);
        if (lower.equals(UserSettings.INSERT) || profile.queries().containsKey(lower)
            || profile.tokenRangeQueries().containsKey(lower))
        {
            return Optional.of(new UserSettings.NamedOp(name, index, lower, ratio));
        }
        return Optional.empty();
    }
}
