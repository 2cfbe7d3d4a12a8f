package io.jstress.settings;

/** -node loadbalance=: which nodes the driver sends a request to, as cassandra-stress names its policies. */
public enum LoadBalance
{
    /** Every node of every datacenter, replicas first: the driver's BasicLoadBalancingPolicy with no local DC. */
    ROUND_ROBIN("round-robin"),
    /** The local datacenter's nodes (datacenter=, or the contact points'), and remote-dc= others for failover. */
    DC_AWARE("dc-aware"),
    /** As DC_AWARE, preferring the local rack (rack=). */
    RACK_AWARE("rack-aware");

    private final String word;

    LoadBalance(final String word)
    {
        this.word = word;
    }

    /** The name the settings dump prints, as cassandra-stress prints it. */
    public String word()
    {
        return word;
    }
}
