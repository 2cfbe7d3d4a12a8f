package io.jstress.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Help in cassandra-stress's layout, rendered from the grammar tables: an overview of commands and options, and
 * for one command or option a Usage: line per form (optional words in brackets, valued words as word=?) followed
 * by one line per word. Words jstress rejects (thrift) are not offered.
 */
public final class HelpText
{
    private HelpText()
    {
    }

    public static String overview()
    {
        final StringBuilder text = new StringBuilder()
            .append("Usage:      jstress <command> [options]\n")
            .append("Help usage: jstress help <command|option>\n\n---Commands---\n");
        for (final CommandGrammar.Described command : CommandGrammar.commands())
        {
            text.append(line("%-20s : %s", command.names().get(0), command.description()));
        }
        text.append(line("%-20s : %s", CommandNames.HELP, "Print help for a command or option"))
            .append(line("%-20s : %s", CommandNames.PRINT, PrintCommand.TABLE.description()))
            .append(line("%-20s : %s", CommandNames.VERSION, "Print the versions of jstress, its driver and Java"))
            .append(line("%-20s : %s", CommandNames.MERGE, MergeTranslator.DESCRIPTION))
            .append("\n---Options---\n");
        for (final OptionTable table : OptionGrammar.tables())
        {
            text.append(line("-%-20s : %s", table.name().substring(1), table.description()
                + (table.ignored() ? " (accepted; " + table.ignoredBecause() + ")" : "")));
        }
        return text.toString();
    }

    /** The help of one command or option. */
    public static String usage(final OptionTable table)
    {
        final StringBuilder text = new StringBuilder("\n");
        final List<String> forms = new ArrayList<>();
        for (final OptionTable.Form form : table.forms())
        {
            forms.add(usageLine(table.name(), form));
        }
        text.append(String.join("\n OR \n", forms)).append("\n\n");
        final Set<SubOption> described = new LinkedHashSet<>(offered(table.subOptions()));
        boolean distributions = false;
        for (final SubOption sub : described)
        {
            final String note = sub.effect() == SubOption.Effect.IGNORED ? " (accepted; no effect in jstress)" : "";
            text.append(line("  %-40s %s", sub.display(), sub.description() + note));
            distributions |= sub.kind() == SubOption.Kind.DIST;
        }
        if (distributions)
        {
            text.append(line("  %-40s %s", "DIST", Distributions.FORMS));
        }
        if (table.ignored())
        {
            text.append(line("%s is accepted for compatibility and ignored: %s", table.name(), table.ignoredBecause()));
        }
        return text.toString();
    }

    private static String usageLine(final String name, final OptionTable.Form form)
    {
        final StringBuilder usage = new StringBuilder("Usage: ").append(name);
        offered(form.required()).forEach(sub -> usage.append(' ').append(sub.display()));
        offered(form.optional()).forEach(sub -> usage.append(" [").append(sub.display()).append(']'));
        return usage.toString();
    }

    private static List<SubOption> offered(final List<SubOption> subs)
    {
        return subs.stream().filter(s -> s.effect() != SubOption.Effect.REJECTED).toList();
    }

    private static String line(final String format, final Object... args)
    {
        return String.format(Locale.ROOT, format, args) + "\n";
    }
}
