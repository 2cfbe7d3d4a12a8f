package io.jstress.settings;

import java.util.Map;

/**
 * The command and its words.
 *
 * @param ratio for MIXED, the weight of each op type (ratio(write=1,read=3)); for the others, the one op type with weight 1
 */
public record CommandSettings(
    Command type,
    Stop stop,
    Consistency consistency,
    boolean noWarmup,
    Truncate truncate,
    Map<OpType, Integer> ratio)
{
}
