package io.jstress.report.merge;

import io.jstress.report.ResultsReport;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * jstress merge FILE...: K loaders' HDR logs, or K JSON summaries, as one run. Prints the Results block from the
 * merged histograms and, when asked, writes a merged HDR log and a merged summary. Returns the exit code: 0, or 1
 * with one line on stderr when the inputs cannot be read or merged.
 */
public final class Merge
{
    private Merge()
    {
    }

    public static int run(final List<Path> files, final Optional<Path> hdrFile, final Optional<Path> json,
        final PrintStream out, final PrintStream err)
    {
        try
        {
            final List<Recorded> inputs = new ArrayList<>();
            files.forEach(f -> inputs.add(Inputs.read(f)));
            final Recorded first = inputs.get(0);
            for (final Recorded other : inputs)
            {
                if (other.kind() != first.kind())
                {
                    throw new MergeException("give either HDR logs or JSON summaries, not both: " + first.file()
                        + " is " + article(first) + " and " + other.file() + " " + article(other));
                }
            }
            if (hdrFile.isPresent() && first.kind() != Recorded.Kind.HDR_LOG)
            {
                throw new MergeException("-log hdrfile= needs HDR logs as inputs: a JSON summary holds whole-run "
                    + "histograms, not intervals");
            }
            Alignment.check(inputs).ifPresent(err::println);
            final MergedRun run = new MergedRun(inputs);
            if (run.fromHdrLogs())
            {
                err.println("WARNING: HDR logs hold latencies only: partitions and rows are counted one per op, and "
                    + "errors and GC are not known; merge the JSON summaries for them");
            }
            printResults(run, out);
            if (hdrFile.isPresent())
            {
                MergedHdrLog.write(hdrFile.get(), inputs);
            }
            if (json.isPresent())
            {
                MergedSummary.write(json.get(), run);
            }
            return 0;
        }
        catch (final MergeException e)
        {
            err.println("jstress merge: " + e.getMessage());
            return 1;
        }
        catch (final IOException e)
        {
            err.println("jstress merge: cannot write -log json=" + json.orElseThrow() + ": " + e.getMessage());
            return 1;
        }
    }

    private static String article(final Recorded r)
    {
        return (r.kind() == Recorded.Kind.HDR_LOG ? "an " : "a ") + r.kind().label();
    }

    private static void printResults(final MergedRun run, final PrintStream out)
    {
        out.println("Merged " + run.inputs().size() + " " + run.inputs().get(0).kind().label() + "s: "
            + String.join(", ", run.inputs().stream().map(r -> r.file().toString()).toList()));
        final List<ResultsReport.Line> lines = new ArrayList<>();
        run.ops().forEach((op, stats) -> lines.add(new ResultsReport.Line(op, stats)));
        ResultsReport.print(out, run.total(), lines, run.fixed(), run.seconds(), run.gc(), run.endMs() - run.startMs(),
            run.notSent());
        out.flush();
    }
}
