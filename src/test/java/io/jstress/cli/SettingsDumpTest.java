package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.report.SettingsDump;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The settings dump in cassandra-stress's layout, as harnesses read it, never showing a password. */
class SettingsDumpTest
{
    private static final Pattern KEYSPACE = Pattern.compile(".*Keyspace:\\s(.*?)$");

    static String dump(final String line)
    {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8))
        {
            SettingsDump.print(StressCommandLine.settings(Argv.of(line)), out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHarnessFindsTheKeyspaceInTheFirstLineMentioningIt()
    {
        final String first = dump("write n=10 -schema keyspace=ks7").lines().filter(l -> l.contains("Keyspace:"))
            .findFirst().orElseThrow();
        final Matcher m = KEYSPACE.matcher(first);
        assertTrue(m.matches(), first);
        assertEquals("ks7", m.group(1));
    }

    @Test
    void theHarnessFindsTheUsernameOnAStrippedLine()
    {
        final List<String> users = dump("write n=10 -mode user=alice password=hunter2").lines().map(String::strip)
            .filter(l -> l.startsWith("Username:")).toList();
        assertEquals(List.of("Username: alice"), users);
        assertTrue(dump("write n=10").contains("  Username: null\n"));
    }

    @Test
    void thePasswordPrintsSuppressed()
    {
        final String dump = dump("write n=10 -mode user=alice password=hunter2");
        assertFalse(dump.contains("hunter2"));
        assertTrue(dump.contains("  Password: *suppressed*\n"));
    }

    @Test
    void everySectionAppearsInCassandraStressOrder()
    {
        final List<String> sections = dump("mixed n=1000").lines().filter(l -> l.matches("[A-Z][A-Za-z ]+:")).toList();
        assertEquals(List.of("Command:", "Rate:", "Population:", "Insert:", "Columns:", "Errors:", "Log:", "Mode:",
            "Node:", "Schema:", "Transport:", "Port:", "Send To Daemon:", "Graph:", "TokenRange:"), sections);
        final String dump = dump("mixed n=1000");
        assertTrue(dump.startsWith("******************** Stress Settings ********************\n"));
        assertTrue(dump.contains("  Count: 1,000\n"));
        assertTrue(dump.contains("  Command Ratios: {READ=1, WRITE=1}\n"));
        assertTrue(dump.contains("  Distribution: Gaussian:  min=1,max=1000,mean=500.500000,stdev=166.500000\n"));
        assertTrue(dump.contains("  Replication Strategy Options: {replication_factor=1}\n"));
    }

    @Test
    void durationAndRatePrintLikeCassandraStress()
    {
        final String dump = dump("write duration=90s -rate threads=50 fixed=3000/s");
        assertTrue(dump.contains("  Duration: 90 SECONDS\n"), dump);
        assertTrue(dump.contains("  Thread Count: 50\n"));
        assertTrue(dump.contains("  OpsPer Sec: 3000\n"));
        assertTrue(dump("write duration=2m").contains("  Duration: 2 MINUTES\n"));
    }
}
