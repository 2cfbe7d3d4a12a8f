package io.jstress.settings;

import java.util.Optional;

/**
 * -pop: where partition keys come from. keys is a Distribution.Seq for seq=a..b (visited in order), any other
 * distribution for dist=. contents is -pop contents= (SORTED or SHUFFLED) when given.
 */
public record PopulationSettings(Distribution keys, Optional<String> contents)
{
}
