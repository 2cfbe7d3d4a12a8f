package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * help, --help and help -option print to stdout and exit 0; the Usage: lines list exactly the words the parser
 * accepts, in the form scylla-cluster-tests reads them.
 */
class HelpTest
{
    /** The regex scylla-cluster-tests applies to `help -option | grep "^Usage:"`. */
    private static final Pattern SCT_OPTIONAL_WORD = Pattern.compile(" *\\[([\\w-]+?)[=?]*] *");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\] ]+)]");

    private static List<OptionTable> allTables()
    {
        final List<OptionTable> tables = new ArrayList<>(OptionGrammar.tables());
        CommandGrammar.commands().forEach(c -> tables.add(CommandGrammar.table(c)));
        return tables;
    }

    private static List<String> usageLines(final String name)
    {
        final Console console = Console.run("help", name);
        assertEquals(0, console.exitCode(), console.err());
        assertEquals("", console.err());
        return console.out().lines().filter(l -> l.startsWith("Usage:")).toList();
    }

    @Test
    void helpAndDashDashHelpPrintAnOverviewOfEveryCommandAndOption()
    {
        for (final String[] args : List.of(new String[] {"help"}, new String[] {"--help"}))
        {
            final Console console = Console.run(args);
            assertEquals(0, console.exitCode());
            assertEquals("", console.err());
            for (final OptionTable table : allTables())
            {
                assertTrue(console.out().contains(table.name().substring(table.name().startsWith("-") ? 1 : 0) + " "),
                    table.name());
            }
            Stream.of("user", "help", "print", "version").forEach(c -> assertTrue(console.out().contains(c), c));
        }
    }

    @Test
    void helpRatePrintsBothFormsOfRate()
    {
        assertEquals(List.of("Usage: -rate threads=? [throttle=?] [fixed=?] [processes=?]",
            "Usage: -rate [threads>=?] [threads<=?] [auto] [processes=?]"), usageLines("-rate"));
    }

    @Test
    void helpIsCaseInsensitiveAndCoversCommands()
    {
        assertEquals(usageLines("-rate"), usageLines("-RATE"));
        assertEquals(3, usageLines("write").size());
        assertTrue(usageLines("mixed").get(1).startsWith("Usage: mixed n=? [ratio(?)]"));
    }

    @Test
    void usageLinesListExactlyTheWordsTheParserAccepts()
    {
        for (final OptionTable table : allTables())
        {
            final Set<String> printed = new HashSet<>();
            for (final String usage : usageLines(table.name()))
            {
                final String words = usage.substring(("Usage: " + table.name()).length());
                final Matcher optional = BRACKETED.matcher(words);
                while (optional.find())
                {
                    printed.add(optional.group(1));
                }
                Stream.of(BRACKETED.matcher(words).replaceAll("").trim().split(" +")).filter(w -> !w.isEmpty())
                    .forEach(printed::add);
            }
            final Set<String> accepted = table.subOptions().stream()
                .filter(s -> s.effect() != SubOption.Effect.REJECTED).map(SubOption::display).collect(Collectors.toSet());
            assertEquals(accepted, printed, table.name());
        }
    }

    @Test
    void theHarnessRegexFindsEveryOptionalPlainWord()
    {
        for (final OptionTable table : OptionGrammar.tables())
        {
            final Set<String> found = new HashSet<>();
            for (final String usage : usageLines(table.name()))
            {
                final Matcher m = SCT_OPTIONAL_WORD.matcher(usage);
                while (m.find())
                {
                    found.add(m.group(1));
                }
            }
            for (final OptionTable.Form form : table.forms())
            {
                form.optional().stream()
                    .filter(s -> s.effect() != SubOption.Effect.REJECTED)
                    .filter(s -> s.kind() == SubOption.Kind.FLAG || s.kind() == SubOption.Kind.COUNTED_FLAG
                        || (s.kind() == SubOption.Kind.VALUE && s.name().matches("[\\w-]+=")))
                    .forEach(s -> assertTrue(found.contains(s.name().replace("=", "")), table.name() + " " + s.name()));
            }
        }
        assertTrue(usageLines("-node").stream().anyMatch(l -> l.contains("[rack=?]")));
        assertTrue(usageLines("-errors").stream().anyMatch(l -> l.contains("[skip-unsupported-columns]")));
    }

    @Test
    void helpForAnOptionDescribesEveryWord()
    {
        for (final OptionTable table : allTables())
        {
            final String out = Console.run("help", table.name()).out();
            table.subOptions().stream().filter(s -> s.effect() != SubOption.Effect.REJECTED)
                .forEach(s -> assertTrue(out.contains("  " + s.display() + " ") && out.contains(s.description()),
                    table.name() + " " + s.name()));
        }
    }
}
