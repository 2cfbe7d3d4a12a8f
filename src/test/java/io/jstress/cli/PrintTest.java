package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * jstress print dist=DIST prints what cassandra-stress 3.19.0 printed for the same line, character for character:
 * the fixture holds its output for every distribution form (recorded from the real tool).
 */
class PrintTest
{
    @TestFactory
    List<DynamicTest> eachDistributionPrintsAsCassandraStressPrintedIt() throws IOException
    {
        final List<DynamicTest> tests = new ArrayList<>();
        final String fixture;
        try (InputStream in = PrintTest.class.getResourceAsStream("print-cassandra-stress-3.19.0.txt"))
        {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (final String block : fixture.split("== "))
        {
            if (block.isEmpty())
            {
                continue;
            }
            final int nl = block.indexOf('\n');
            final String spec = block.substring(0, nl);
            final String expected = block.substring(nl + 1);
            tests.add(DynamicTest.dynamicTest("print dist=" + spec, () ->
            {
                final Console console = Console.run("print", "dist=" + spec);
                assertEquals(0, console.exitCode(), console.err());
                assertEquals("", console.err());
                assertEquals(expected, console.out());
            }));
        }
        assertTrue(tests.size() >= 30, "the fixture covers every form");
        return tests;
    }

    @Test
    void helpPrintShowsItsOneWord()
    {
        final Console console = Console.run("help", "print");
        assertEquals(0, console.exitCode());
        assertTrue(console.out().contains("Usage: print dist=DIST(?)"), console.out());
    }
}
