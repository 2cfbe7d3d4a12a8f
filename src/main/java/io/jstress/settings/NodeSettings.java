package io.jstress.settings;

import java.util.List;
import java.util.Optional;

/**
 * -node. embeddedNodes &gt; 0 means -node embedded[:N]: jstress starts that many throwaway local nodes and
 * hosts is then ignored.
 */
public record NodeSettings(
    List<String> hosts,
    Optional<String> datacenter,
    Optional<String> rack,
    boolean whitelist,
    int embeddedNodes)
{
}
