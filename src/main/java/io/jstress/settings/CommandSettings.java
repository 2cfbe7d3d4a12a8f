package io.jstress.settings;

import java.util.Map;
import java.util.Optional;

/**
 * The command and its words.
 *
 * @param ratio for MIXED, the weight of each op type (ratio(write=1,read=3)); for the others, the one op type with
 *              weight 1; empty for USER, whose ops are named by its profiles
 * @param predefined the predefined commands' own words (keysize=, add=, clustering=); defaults for user
 * @param user  the profiles and named ops of the user command
 */
public record CommandSettings(
    Command type,
    Stop stop,
    Consistency consistency,
    boolean noWarmup,
    Truncate truncate,
    Map<OpType, Integer> ratio,
    PredefinedSettings predefined,
    Optional<UserSettings> user)
{
    /** These settings with the user command's settings replaced. */
    public CommandSettings withUser(final UserSettings other)
    {
        return new CommandSettings(type, stop, consistency, noWarmup, truncate, ratio, predefined, Optional.of(other));
    }
}
