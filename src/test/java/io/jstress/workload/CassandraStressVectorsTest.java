package io.jstress.workload;

import io.jstress.settings.ColumnSettings;
import io.jstress.settings.Distribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * jstress generates exactly the rows cassandra-stress 3.19.0 wrote (the CSVs were dumped from a node it wrote
 * to), so either tool validates the other's data.
 */
class CassandraStressVectorsTest
{
    static Stream<Arguments> vectorFiles()
    {
        return Stream.of(
            Arguments.of("cs-write-default-seq1-50.csv", columns(5, new Distribution.Fixed(34)), 10, false),
            Arguments.of("cs-write-col-n3-size16-seq1-50.csv", columns(3, new Distribution.Fixed(16)), 10, false),
            Arguments.of("cs-write-col-n2-uniform5-20-seq1-50.csv", columns(2, new Distribution.Uniform(5, 20)), 10,
                false),
            Arguments.of("cs-write-default-by-seed.csv", columns(5, new Distribution.Fixed(34)), 10, true),
            // keysize=: a key of more than 16 characters takes a second identity draw
            Arguments.of("cs-write-keysize20-seq1-50.csv", columns(5, new Distribution.Fixed(34)), 20, false),
            Arguments.of("cs-write-keysize5-seq1-50.csv", columns(5, new Distribution.Fixed(34)), 5, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectorFiles")
    void everyRowCassandraStressWroteIsRegeneratedExactly(final String file, final ColumnSettings columns,
        final int keySize, final boolean bySeed) throws IOException
    {
        final List<String[]> rows = read(file);
        final RowGenerator generator = new RowGenerator(columns, keySize);
        final List<String> expectedKeys = new ArrayList<>();
        final List<String> generatedKeys = new ArrayList<>();
        final byte[] key = new byte[generator.keyLength()];
        final byte[] value = new byte[generator.maxValueLength()];
        for (final String[] row : rows)
        {
            expectedKeys.add(bySeed ? row[1] : row[0]);
        }
        // the 50-row files are sorted by key, not by seed: generate seeds 1..50 and compare as sets of rows
        final List<Long> seeds = new ArrayList<>();
        if (bySeed)
        {
            rows.forEach(r -> seeds.add(Long.parseLong(r[0])));
        }
        else
        {
            for (long s = 1; s <= rows.size(); s++)
            {
                seeds.add(s);
            }
        }
        int matched = 0;
        for (final long seed : seeds)
        {
            generator.key(seed, key);
            final String hexKey = HexFormat.of().formatHex(key);
            generatedKeys.add(hexKey);
            final String[] row = rows.get(expectedKeys.indexOf(hexKey));
            final int offset = bySeed ? 2 : 1;
            assertEquals(row.length - offset, generator.columnCount(seed), "columns of seed " + seed);
            for (int c = 0; c < generator.columnCount(seed); c++)
            {
                final int length = generator.value(seed, c, value);
                assertEquals(row[offset + c], HexFormat.of().formatHex(value, 0, length),
                    file + ": seed " + seed + ", column C" + c);
            }
            matched++;
        }
        assertEquals(rows.size(), matched);
        assertTrue(generatedKeys.containsAll(expectedKeys) && expectedKeys.containsAll(generatedKeys));
    }

    private static ColumnSettings columns(final int n, final Distribution size)
    {
        return new ColumnSettings(new Distribution.Fixed(n), size, List.of());
    }

    private static List<String[]> read(final String file) throws IOException
    {
        try (InputStream in = CassandraStressVectorsTest.class.getResourceAsStream("/vectors/" + file))
        {
            final List<String> lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
            return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
        }
    }
}
