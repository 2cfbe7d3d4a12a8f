package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** version prints key: value lines that harnesses read: the project, driver and Java versions. */
class VersionTest
{
    @Test
    void versionPrintsProjectDriverAndJavaAsKeyValueLines()
    {
        final Console console = Console.run("version");
        assertEquals(0, console.exitCode());
        assertEquals("", console.err());
        final List<String> lines = console.out().lines().toList();
        assertEquals(3, lines.size(), console.out());
        assertTrue(lines.get(0).matches("Version: \\d+\\.\\d+\\.\\d+.*"), lines.get(0));
        assertEquals("Driver: ScyllaDB Java Driver 4.18.0.2", lines.get(1));
        assertTrue(lines.get(2).startsWith("Java: " + System.getProperty("java.version")), lines.get(2));
        lines.forEach(l -> assertTrue(l.matches("[A-Za-z]+: \\S.*"), l));
    }
}
