package io.jstress.cli;

import io.jstress.pipeline.Run;
import io.jstress.report.merge.Merge;

import java.io.PrintStream;

/** The jstress command: parse once, then print help or the version, or hand a workload to the pipeline. */
public final class Main
{
    static final int USAGE_ERROR = 1;

    private Main()
    {
    }

    public static void main(final String[] args)
    {
        final int code = run(args, System.out, System.err);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** The exit code of one invocation; usage errors are caught here and nowhere else. */
    public static int run(final String[] args, final PrintStream out, final PrintStream err)
    {
        final Invocation invocation;
        try
        {
            invocation = StressCommandLine.parse(args);
        }
        catch (final UsageException e)
        {
            err.println("jstress: " + e.getMessage());
            return USAGE_ERROR;
        }
        if (invocation instanceof Invocation.Help help)
        {
            out.print(help.text());
            return 0;
        }
        if (invocation instanceof Invocation.Print print)
        {
            out.print(print.text());
            return 0;
        }
        if (invocation instanceof Invocation.Workload workload)
        {
            workload.warnings().forEach(err::println);
            return Run.execute(workload.settings(), args, out, err);
        }
        if (invocation instanceof Invocation.Merge merge)
        {
            return Merge.run(merge.files(), merge.hdrFile(), merge.json(), out, err);
        }
        VersionInfo.lines().forEach(out::println);
        return 0;
    }
}
