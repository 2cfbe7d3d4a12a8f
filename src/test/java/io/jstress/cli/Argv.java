package io.jstress.cli;

import java.util.ArrayList;
import java.util.List;

/** Splits a command line as a POSIX shell would for the quoting used in the examples: spaces and '...'. */
final class Argv
{
    private Argv()
    {
    }

    static String[] of(final String line)
    {
        final List<String> args = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (final char c : line.toCharArray())
        {
            if (c == '\'')
            {
                quoted = !quoted;
                inWord = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (inWord)
                {
                    args.add(current.toString());
                    current.setLength(0);
                    inWord = false;
                }
            }
            else
            {
                current.append(c);
                inWord = true;
            }
        }
        if (inWord)
        {
            args.add(current.toString());
        }
        return args.toArray(String[]::new);
    }
}
