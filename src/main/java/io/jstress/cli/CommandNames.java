package io.jstress.cli;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The command words outside the workloads, and the list shown when a command is unknown. */
final class CommandNames
{
    static final String HELP = "help";
    static final String VERSION = "version";
    static final String PRINT = "print";
    static final String MERGE = "merge";

    private CommandNames()
    {
    }

    static String all()
    {
        return Stream.concat(CommandGrammar.commands().stream().map(c -> c.names().get(0)),
            Stream.of(HELP, PRINT, VERSION, MERGE)).collect(Collectors.joining(", "));
    }
}
