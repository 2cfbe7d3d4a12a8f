package io.jstress.cli;

import static io.jstress.cli.OptionTable.form;
import static io.jstress.cli.SubOption.value;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** jstress merge FILE... [-log hdrfile=? json=?]: the files to merge and where the merged outputs go. */
final class MergeTranslator
{
    static final SubOption HDRFILE = value("hdrfile=", "Write the merged HDR log, interval by interval, to this file");
    static final SubOption JSON = value("json=", "Write the merged JSON summary, listing its inputs, to this file");
    static final OptionTable LOG = OptionTable.of("-log", "Where the merged outputs go",
        form(List.of(), HDRFILE, JSON));
    static final String DESCRIPTION = "Merge K loaders' HDR logs or JSON summaries into one Results block "
        + "(jstress)";

    private MergeTranslator()
    {
    }

    static Invocation.Merge translate(final RawLine line)
    {
        for (final String option : line.options().keySet())
        {
            if (!option.equals(LOG.name()))
            {
                throw new UsageException("merge: " + option + " has no meaning here; expected " + usage());
            }
        }
        if (line.commandWords().isEmpty())
        {
            throw new UsageException("merge: no files given; expected " + usage());
        }
        final List<Path> files = new ArrayList<>();
        for (final String word : line.commandWords())
        {
            try
            {
                files.add(Path.of(word));
            }
            catch (final InvalidPathException e)
            {
                throw Numbers.expected(word, "a file name");
            }
        }
        final GivenWords log = GivenWords.match(LOG, line.options().getOrDefault(LOG.name(), List.of()),
            new Warnings());
        final Optional<Path> hdr = OutputTranslator.path(log, HDRFILE);
        final Optional<Path> json = OutputTranslator.path(log, JSON);
        for (final Optional<Path> output : List.of(hdr, json))
        {
            if (output.isPresent() && files.stream().anyMatch(f -> same(f, output.get())))
            {
                throw new UsageException("merge: -log " + output.get() + " is also an input; expected a new file");
            }
        }
        return new Invocation.Merge(List.copyOf(files), hdr, json);
    }

    /** The help of merge, in the layout of the other commands' help. */
    static String help()
    {
        return "\nUsage: " + usage() + "\n\n"
            + String.format(Locale.ROOT, "  %-40s %s%n", "FILE...", "K HDR logs (-log hdrfile=) or K JSON "
            + "summaries (-log json=) of one command run by K loaders")
            + HelpText.usage(LOG).lines().filter(l -> l.startsWith("  ")).map(l -> l + "\n").reduce("", String::concat);
    }

    private static String usage()
    {
        return "merge FILE... [-log [hdrfile=?] [json=?]]";
    }

    private static boolean same(final Path a, final Path b)
    {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
