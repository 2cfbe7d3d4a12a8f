package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A profile that cannot run is one stderr line naming the file, the line and column, and the word at fault, and
 * exit 1, before anything connects (these lines name no reachable node: nothing is ever sent).
 */
@Timeout(60)
class MalformedProfilesTest
{
    private static final String VALID = """
        keyspace: ks1
        keyspace_definition: |
          CREATE KEYSPACE ks1 WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1};
        table: t1
        table_definition: CREATE TABLE t1 (k bigint, c int, v text, d duration, PRIMARY KEY (k, c))
        columnspec:
          - name: c
            cluster: uniform(1..5)
        insert:
          partitions: fixed(1)
          select: fixed(1)/1
        queries:
          q1:
            cql: select * from t1 where k = ?
            fields: samerow
        """;

    @TempDir
    Path dir;

    static Stream<Arguments> profiles()
    {
        return Stream.of(
            bad("", "the profile is empty", false),
            bad("keyspace: [unclosed\n", "invalid YAML", true),
            bad("- keyspace: ks1\n", "expected the profile to be a mapping", true),
            bad(VALID + "tabel: t2\n", "unknown key 'tabel'", true),
            bad(VALID.replace("table: t1\n", ""), "missing key 'table'", false),
            bad(VALID.substring(0, VALID.indexOf("queries:")), "missing key 'queries'", false),
            bad(VALID.replace("CREATE KEYSPACE ks1", "CREATE KEYSPACE other"), "keyspace 'other'", true),
            bad(VALID.replace("CREATE TABLE t1", "CREATE TABLE t2"), "table 't2'", true),
            bad(VALID.replace(", PRIMARY KEY (k, c)", ""), "PRIMARY KEY", true),
            bad(VALID.replace("v text,", "v text, v int,"), "declared twice", true),
            bad(VALID.replace("cluster: uniform(1..5)", "clusters: uniform(1..5)"), "unknown key 'clusters'", true),
            bad(VALID.replace("  - name: c\n", "  - size: uniform(1..5)\n"), "without a name", true),
            bad(VALID.replace("  - name: c\n", "  - name: nosuch\n"), "column 'nosuch'", true),
            bad(VALID.replace("uniform(1..5)", "uniform(5)"), "uniform(5)", true),
            bad(VALID.replace("uniform(1..5)", "zipf(1..5)"), "zipf(1..5)", true),
            bad(VALID.replace("partitions: fixed(1)", "batchsize: fixed(1)"), "unknown key 'batchsize'", true),
            bad(VALID + "  batchtype: BATCHED\n".replace("  ", ""), "unknown key 'batchtype'", true),
            bad(VALID.replace("  select: fixed(1)/1\n", "  select: fixed(1)/1\n  batchtype: BATCHED\n"),
                "invalid batchtype 'BATCHED'", true),
            bad(VALID.replace("select: fixed(1)/1", "select: fixed(1)"), "fixed(1)", true),
            bad(VALID.replace("  select: fixed(1)/1\n", "  select: fixed(1)/1\n  consistencyLevel: MOST\n"),
                "invalid consistencyLevel 'MOST'", true),
            bad(VALID.replace("    cql: select * from t1 where k = ?\n", ""), "has no cql", true),
            bad(VALID.replace("fields: samerow", "fields: samerows"), "invalid fields 'samerows'", true),
            bad(VALID.replace("fields: samerow", "field: samerow"), "unknown key 'field'", true),
            bad(VALID.replace("fields: samerow", "fields: samerow\n    serialConsistencyLevel: ONE"),
                "invalid serialConsistencyLevel 'ONE'", true),
            bad(VALID.replace("  q1:", "  insert:"), "reserved", true),
            bad(VALID + "table: t1\n", "key 'table' appears twice", true),
            bad(VALID + "extra_definitions: CREATE INDEX ON t1 (v)\n", "extra_definitions to be a list", true));
    }

    private static Arguments bad(final String yaml, final String named, final boolean located)
    {
        return Arguments.of(yaml, named, located);
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("profiles")
    void aBadProfileIsOneLineNamingFileLineAndWord(final String yaml, final String named, final boolean located)
        throws IOException
    {
        final Path file = dir.resolve("bad.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        assertOneLine(Console.run("user", "profile=" + file, "ops(insert=1)", "n=10", "-node", "127.0.0.1",
            "-port", "native=1"), named, located ? "bad.yaml:\\d+:\\d+: " : "bad.yaml");
    }

    @Test
    void aMissingFileIsOneLine()
    {
        assertOneLine(Console.run("user", "profile=" + dir.resolve("missing.yaml"), "ops(insert=1)"),
            "no such file", "missing.yaml");
    }

    @Test
    void anOpThatIsNoQueryOfTheProfileIsOneLine() throws IOException
    {
        final Path file = dir.resolve("good.yaml");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);
        assertOneLine(Console.run("user", "profile=" + file, "ops(insert=1,q9=1)"), "'q9'", "ops\\(insert=1,q9=1\\)");
    }

    @Test
    void anUngeneratedValueColumnIsOneLineUnlessSkipped() throws IOException
    {
        final Path file = dir.resolve("good.yaml");
        Files.writeString(file, VALID, StandardCharsets.UTF_8);
        assertOneLine(Console.run("user", "profile=" + file, "ops(insert=1)"), "skip-unsupported-columns",
            "column d of type duration");
        assertDoesNotThrow(() -> StressCommandLine.parse("user", "profile=" + file, "ops(insert=1)", "-errors",
            "skip-unsupported-columns"));
    }

    private static void assertOneLine(final Console console, final String named, final String pattern)
    {
        assertEquals(1, console.exitCode(), console.err());
        assertEquals(1, console.errLines().size(), console.err());
        assertTrue(console.err().contains(named), () -> "'" + console.err() + "' should name " + named);
        assertTrue(java.util.regex.Pattern.compile(pattern).matcher(console.err()).find(),
            () -> "'" + console.err() + "' should match " + pattern);
        assertFalse(console.err().contains("Exception"), console.err());
        assertFalse(console.err().contains("\tat "), console.err());
        assertEquals("", console.out());
    }
}
