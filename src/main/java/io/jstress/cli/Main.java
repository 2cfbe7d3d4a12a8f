package io.jstress.cli;

import java.io.PrintStream;

/** PLACEHOLDER until the cli branch lands. */
public final class Main
{
    private Main()
    {
    }

    public static void main(final String[] args)
    {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(final String[] args, final PrintStream out, final PrintStream err)
    {
        err.println("jstress: the command line parser is not built yet");
        return 1;
    }
}
