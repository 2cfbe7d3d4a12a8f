package io.jstress.run;

import io.jstress.testing.SharedNode;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every interval row and Results line has cassandra-stress's exact format, so harnesses read it unchanged. */
@ExtendWith(SharedNode.class)
class OutputFormatTest
{
    private static final List<Pattern> RESULTS = List.of(
        Pattern.compile("Op rate                   : [ \\d,]{8} op/s  \\[(\\w+: [\\d,]+ op/s(, )?)+]"),
        Pattern.compile("Partition rate            : [ \\d,]{8} pk/s  \\[(\\w+: [\\d,]+ pk/s(, )?)+]"),
        Pattern.compile("Row rate                  : [ \\d,]{8} row/s \\[(\\w+: [\\d,]+ row/s(, )?)+]"),
        Pattern.compile("Latency mean              : [ \\d]{4,}\\.\\d ms \\[(\\w+: [\\d,]+\\.\\d ms(, )?)+]"),
        Pattern.compile("Latency median            : [ \\d]{4,}\\.\\d ms \\[(\\w+: [\\d,]+\\.\\d ms(, )?)+]"),
        Pattern.compile("Latency 95th percentile   : [ \\d]{4,}\\.\\d ms \\[(\\w+: [\\d,]+\\.\\d ms(, )?)+]"),
        Pattern.compile("Latency 99th percentile   : [ \\d]{4,}\\.\\d ms \\[(\\w+: [\\d,]+\\.\\d ms(, )?)+]"),
        Pattern.compile("Latency 99.9th percentile : [ \\d]{4,}\\.\\d ms \\[(\\w+: [\\d,]+\\.\\d ms(, )?)+]"),
        Pattern.compile("Latency max               : [ \\d]{4,}\\.\\d ms \\[(\\w+: [\\d,]+\\.\\d ms(, )?)+]"),
        Pattern.compile("Total partitions          : [ \\d,]{10} \\[(\\w+: [\\d,]+(, )?)+]"),
        Pattern.compile("Total errors              : [ \\d,]{10} \\[(\\w+: [\\d,]+(, )?)+]"),
        Pattern.compile("Total GC count            : [\\d,]+"),
        Pattern.compile("Total GC memory           : \\d+\\.\\d{3} [KMG]iB"),
        Pattern.compile("Total GC time             : [ \\d,]{4,}\\.\\d seconds"),
        Pattern.compile("Avg GC time               : ([ \\d,]{4,}\\.\\d|   NaN) ms"),
        Pattern.compile("StdDev GC time            : [ \\d,]{4,}\\.\\d ms"),
        Pattern.compile("Total operation time      : \\d\\d:\\d\\d:\\d\\d"));

    @Test
    void intervalRowsAndResultsMatchCassandraStressLineForLine()
    {
        Jstress.run("write n=100 no-warmup -pop seq=1..100 -schema keyspace=jstress_format");
        final Jstress run = Jstress.run("mixed ratio(write=1,read=1) n=6000 no-warmup -pop dist=UNIFORM(1..100) "
            + "-rate threads=20 fixed=2000/s -errors ignore -schema keyspace=jstress_format");

        assertEquals(0, run.exitCode, run::toString);
        final List<String> lines = run.out.lines().toList();
        assertTrue(lines.contains(HarnessParser.HEADER), run::toString);
        final List<String> rows = lines.stream().filter(l -> l.matches("^(READ|WRITE|total),.*")).toList();
        assertTrue(rows.size() >= 6, run::toString);
        for (final String row : rows)
        {
            assertTrue(HarnessParser.INTERVAL_ROW.matcher(row).matches(), "row format: " + row);
        }
        final int results = lines.indexOf("Results:");
        assertTrue(results > 0, run::toString);
        for (int i = 0; i < RESULTS.size(); i++)
        {
            final String line = lines.get(results + 1 + i);
            assertTrue(RESULTS.get(i).matcher(line).matches(), "Results line " + i + ": " + line);
        }
        assertEquals("", lines.get(results + 1 + RESULTS.size()));
        assertEquals("END", lines.get(results + 2 + RESULTS.size()));
        assertTrue(run.resultsLine("Latency mean").matches(".*\\[READ: [\\d,.]+ ms, WRITE: [\\d,.]+ ms]"));
    }
}
