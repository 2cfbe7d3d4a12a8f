package io.jstress.settings;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * -node. embeddedNodes &gt; 0 means -node embedded[:N]: jstress starts that many throwaway local nodes and
 * hosts is then ignored.
 *
 * @param loadBalance   loadbalance=; empty: rack-aware with rack=, else dc-aware, as cassandra-stress chooses
 * @param remoteDcNodes remote-dc=: how many nodes of each other datacenter serve as failover for requests whose
 *                      consistency level is not LOCAL_*
 */
public record NodeSettings(
    List<String> hosts,
    Optional<String> datacenter,
    Optional<String> rack,
    boolean whitelist,
    int embeddedNodes,
    Optional<LoadBalance> loadBalance,
    OptionalInt remoteDcNodes)
{
}
