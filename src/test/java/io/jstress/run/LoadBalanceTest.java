package io.jstress.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * -node loadbalance=, datacenter= and remote-dc= choose the driver's load balancing as cassandra-stress chooses its
 * policies; -log level=verbose shows the policy, the datacenters it treats as local and its failover, and a
 * datacenter no node is in stops the run with one line.
 */
@ExtendWith(SharedNode.class)
@Timeout(120)
class LoadBalanceTest
{
    private static final String RUN = "write n=10 no-warmup -rate threads=1 -schema keyspace=jstress_loadbalance ";

    @Test
    void roundRobinUsesEveryNodeWithoutALocalDatacenter()
    {
        final Jstress run = run("-log level=verbose", "loadbalance=round-robin");

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("  Load Balance: round-robin\n"), run::toString);
        assertEquals(List.of("Driver: load balancing BasicLoadBalancingPolicy, local datacenter(s) [datacenter1], "
            + "0 nodes per remote datacenter"), loadBalancingLines(run));
    }

    @Test
    void dcAwareKeepsToTheNamedDatacenterAndFailsOverToRemoteDcNodes()
    {
        final Jstress run = run("-log level=verbose", "loadbalance=dc-aware datacenter=datacenter1 remote-dc=2");

        assertEquals(0, run.exitCode, run::toString);
        assertTrue(run.out.contains("  Remote DC Hosts: 2\n"), run::toString);
        assertEquals(List.of("Driver: load balancing DcInferringLoadBalancingPolicy, local datacenter(s) "
            + "[datacenter1], 2 nodes per remote datacenter"), loadBalancingLines(run));
    }

    @Test
    void aDatacenterNoNodeIsInStopsTheRunWithOneLine()
    {
        final Jstress run = run("", "datacenter=dc-typo");

        assertEquals(1, run.exitCode, run::toString);
        assertEquals(List.of("jstress: -node datacenter=dc-typo: no node is in that datacenter; the cluster's is "
            + "datacenter1"), run.err.lines().toList());
        assertTrue(!run.out.contains("Running"), run::toString);
    }

    @Test
    void wordsThatContradictTheirPolicyAreRefused()
    {
        for (final String words : List.of("loadbalance=closest", "loadbalance=rr remote-dc=1",
            "loadbalance=round-robin datacenter=datacenter1", "remote-dc=0"))
        {
            final Jstress run = run("", words);
            assertEquals(1, run.exitCode, run::toString);
            final List<String> lines = run.err.lines().toList();
            assertEquals(1, lines.size(), run::toString);
            assertTrue(lines.get(0).contains(words.split(" ")[words.split(" ").length - 1]), run::toString);
        }
    }

    /** The run with these -node words before the shared node's address. */
    private static Jstress run(final String options, final String nodeWords)
    {
        final List<String> args = new ArrayList<>(Arrays.asList((RUN + options).trim().split(" ")));
        args.add("-node");
        args.addAll(Arrays.asList(nodeWords.split(" ")));
        args.add(TestNode.host());
        args.addAll(List.of("-port", "native=" + TestNode.port(), "-mode", "native", "cql3", "user=cassandra",
            "password=cassandra"));
        return Jstress.runExactly(args);
    }

    private static List<String> loadBalancingLines(final Jstress run)
    {
        return run.err.lines().filter(l -> l.startsWith("Driver: load balancing")).toList();
    }
}
