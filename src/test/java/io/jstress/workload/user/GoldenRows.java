package io.jstress.workload.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Rows that cassandra-stress 3.19.0 wrote, as dumped from the node after its run: a header naming each column and
 * its type ("# name:text choice:boolean ..."), then one line per row with each cell's bytes in hex ("-" for
 * null), sorted.
 */
record GoldenRows(List<String> names, List<String> types, List<String[]> rows)
{
    static GoldenRows load(final String name)
    {
        try
        {
            final List<String> lines = Files.readAllLines(Path.of("src/test/resources/user/golden", name),
                StandardCharsets.UTF_8);
            final List<String> names = new ArrayList<>();
            final List<String> types = new ArrayList<>();
            for (final String column : lines.get(0).substring(2).split(" "))
            {
                final int colon = column.indexOf(':');
                names.add(column.substring(0, colon));
                types.add(column.substring(colon + 1));
            }
            final List<String[]> rows = new ArrayList<>();
            for (final String line : lines.subList(1, lines.size()))
            {
                rows.add(line.split(",", -1));
            }
            return new GoldenRows(names, types, rows);
        }
        catch (final IOException e)
        {
            throw new UncheckedIOException(e);
        }
    }

    List<String> lines()
    {
        return rows.stream().map(r -> String.join(",", r)).sorted().toList();
    }

    /** The cells of a generated row in this file's column order, as the dump writes them. */
    String[] render(final Row row, final PartitionModel model)
    {
        final String[] cells = new String[names.size()];
        for (int i = 0; i < cells.length; i++)
        {
            final int column = model.indexOf(names.get(i));
            final Cell cell = row.cells[column];
            cells[i] = cell.absent ? "-" : java.util.HexFormat.of().formatHex(Arrays.copyOf(cell.bytes, cell.length));
        }
        return cells;
    }
}
