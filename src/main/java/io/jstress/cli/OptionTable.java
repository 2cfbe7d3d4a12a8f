package io.jstress.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The grammar of one command or option: its name, what it is for, and its forms. Each form is one Usage: line; a
 * word is required in a form when it prints without brackets. The translator and the help renderer both read
 * this table, so help cannot drift from what is accepted.
 *
 * @param ignoredBecause empty when jstress acts on the option; otherwise why it is accepted without effect (one warning
 *                       names it)
 */
public record OptionTable(String name, String description, List<Form> forms, String ignoredBecause)
{
    public record Form(List<SubOption> required, List<SubOption> optional)
    {
    }

    static OptionTable of(final String name, final String description, final Form... forms)
    {
        return new OptionTable(name, description, List.of(forms), "");
    }

    static Form form(final List<SubOption> required, final SubOption... optional)
    {
        return new Form(required, List.of(optional));
    }

    OptionTable ignoredBecause(final String reason)
    {
        return new OptionTable(name, description, forms, reason);
    }

    public boolean ignored()
    {
        return !ignoredBecause.isEmpty();
    }

    /** Every sub-option of every form, in first-seen order. */
    public List<SubOption> subOptions()
    {
        final Set<SubOption> all = new LinkedHashSet<>();
        for (final Form form : forms)
        {
            all.addAll(form.required());
            all.addAll(form.optional());
        }
        return List.copyOf(all);
    }
}
