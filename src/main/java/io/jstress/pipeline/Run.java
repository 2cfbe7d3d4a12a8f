package io.jstress.pipeline;

import io.jstress.settings.StressSettings;

import java.io.PrintStream;

/** Runs one validated workload end to end and returns the process exit code. */
public final class Run
{
    private Run()
    {
    }

    public static int execute(final StressSettings settings, final PrintStream out, final PrintStream err)
    {
        err.println("jstress: the pipeline is not built yet");
        return 1;
    }
}
