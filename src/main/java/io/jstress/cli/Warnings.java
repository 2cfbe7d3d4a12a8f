package io.jstress.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Warnings about accepted words that have no effect. They are printed only once the whole line parsed, so a usage
 * error still prints exactly one line.
 */
final class Warnings
{
    private final List<String> lines = new ArrayList<>();

    void add(final String warning)
    {
        lines.add("WARNING: " + warning);
    }

    List<String> lines()
    {
        return List.copyOf(lines);
    }
}
