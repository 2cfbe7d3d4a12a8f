package io.jstress.cli;

import io.jstress.settings.UserProfile;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An op name of ops(...) resolved to its profile and op: "insert" and query names belong to the first profile;
 * "specname.op" to the profile with that specname (the specname may itself contain dots).
 */
record OpName(UserProfile profile, String op)
{
    private static final Pattern QUALIFIED = Pattern.compile("(.+)\\.(.+)");

    static Optional<OpName> resolve(final String name, final List<UserProfile> profiles)
    {
        final Matcher m = QUALIFIED.matcher(name);
        if (m.matches())
        {
            final Optional<UserProfile> profile = profiles.stream()
                .filter(p -> p.specName().equalsIgnoreCase(m.group(1))).findFirst();
            if (profile.isPresent())
            {
                return known(profile.get(), m.group(2));
            }
        }
        return known(profiles.get(0), name);
    }

    private static Optional<OpName> known(final UserProfile profile, final String op)
    {
        final String lower = op.toLowerCase(Locale.ROOT);
        if (lower.equals("insert") || profile.queries().containsKey(lower)
            || profile.tokenRangeQueries().containsKey(lower))
        {
            return Optional.of(new OpName(profile, lower));
        }
        return Optional.empty();
    }
}
