package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.settings.Distribution;
import io.jstress.settings.StressSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The less common words of each option land in the right settings field. */
class OptionWordsTest
{
    private static StressSettings parse(final String line)
    {
        return StressCommandLine.settings(Argv.of(line));
    }

    @Test
    void modeConnectionWords()
    {
        final StressSettings s = parse("write n=1 -mode unprepared compression=LZ4 connectionsPerHost=8 maxPending=128");
        assertFalse(s.mode().prepared());
        assertEquals(Optional.of("lz4"), s.mode().compression());
        assertEquals(OptionalInt.of(8), s.mode().connectionsPerHost());
        assertEquals(OptionalInt.of(128), s.mode().maxPending());
        assertEquals(OptionalInt.empty(), s.mode().protocolVersion());
    }

    @Test
    void nodeWhitelistAndNodeFile(@TempDir final Path dir) throws IOException
    {
        assertTrue(parse("write n=1 -node whitelist 127.0.0.1").node().whitelist());
        final Path file = Files.writeString(dir.resolve("nodes"), "127.0.0.2\n\n127.0.0.3\n");
        assertEquals(List.of("127.0.0.2", "127.0.0.3"), parse("write n=1 -node file=" + file).node().hosts());
    }

    @Test
    void errorWords()
    {
        final StressSettings s = parse("write n=1 -errors retries=3 skip-read-validation");
        assertEquals(3, s.errors().retries());
        assertEquals(4, s.errors().tries());
        assertTrue(s.errors().skipReadValidation());
        assertFalse(s.errors().ignore());
    }

    @Test
    void logWords()
    {
        final StressSettings s = parse("write n=1 -log file=out.log level=VERBOSE no-summary no-settings json=sum.json");
        assertEquals(Optional.of(Path.of("out.log")), s.log().file());
        assertEquals(Optional.of("verbose"), s.log().level());
        assertTrue(s.log().noSummary());
        assertTrue(s.log().noSettings());
        assertEquals(Optional.of(Path.of("sum.json")), s.log().json());
    }

    @Test
    void schemaKeepsDataCentresInOrderAndCompactionOptions()
    {
        final StressSettings s = parse("write n=1 -schema 'replication(strategy=NetworkTopologyStrategy,dc1=3,dc2=2)' "
            + "'compaction(strategy=LeveledCompactionStrategy,sstable_size_in_mb=160)'");
        assertEquals(List.of("dc1", "dc2"), List.copyOf(s.schema().replicationOptions().keySet()));
        assertEquals(Map.of("sstable_size_in_mb", "160"), s.schema().compaction().orElseThrow().options());
        assertEquals(Map.of("replication_factor", "2"),
            parse("write n=1 -schema replication(factor=2)").schema().replicationOptions());
    }

    @Test
    void populationContentsAndColumnNamesWithMatchingCount()
    {
        assertEquals(Optional.of("SHUFFLED"), parse("read n=1 -pop contents=shuffled").population().contents());
        assertEquals(new Distribution.Fixed(2), parse("write n=1 -col names=x,y n=FIXED(2)").columns().count());
        assertEquals(List.of("C0", "C1", "C2"), parse("write n=1 -col n=UNIFORM(1..3)").columns().names());
    }
}
