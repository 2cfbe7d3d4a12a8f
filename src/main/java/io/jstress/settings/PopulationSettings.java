package io.jstress.settings;

import java.util.Optional;

/**
 * -pop: where partition keys come from. keys is a Distribution.Seq for seq=a..b (visited in order), any other
 * distribution for dist=. contents is -pop contents= (SORTED or SHUFFLED) when given. wrap: a sequence starts
 * again once every key was visited; without it (no-wrap) each run ends there. readLookback (seq= only): reads take
 * keys already written, this many keys back from the newest.
 */
public record PopulationSettings(Distribution keys, Optional<String> contents, boolean wrap,
    Optional<DistributionSpec> readLookback)
{
}
