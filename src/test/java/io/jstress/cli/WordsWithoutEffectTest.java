package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The README states how many words jstress accepts with no effect, counted here from the grammar's own tables:
 * every IGNORED word of an option or command, and every word of an option ignored as a whole.
 */
class WordsWithoutEffectTest
{
    /** Before issue 17, counted the same way (the four -graph words included). */
    private static final int BEFORE = 41;

    static Set<String> wordsWithoutEffect()
    {
        final Set<String> words = new TreeSet<>();
        for (final OptionTable table : OptionGrammar.tables())
        {
            for (final SubOption sub : table.subOptions())
            {
                if (table.ignored() || sub.effect() == SubOption.Effect.IGNORED)
                {
                    words.add(table.name() + " " + (sub.key().isEmpty() ? "host" : sub.key()));
                }
            }
        }
        for (final CommandGrammar.Described command : CommandGrammar.commands())
        {
            for (final SubOption sub : CommandGrammar.table(command).subOptions())
            {
                if (sub.effect() == SubOption.Effect.IGNORED)
                {
                    words.add("command " + sub.key());
                }
            }
        }
        return words;
    }

    @Test
    void theReadmeStatesTheCountAndItIsSmallerThanBefore() throws IOException
    {
        final Set<String> words = wordsWithoutEffect();
        final String readme = Files.readString(Path.of(System.getProperty("jstress.home", "."), "README.md"));
        final String statement = "Words accepted with no effect: " + words.size() + ".";
        assertTrue(readme.contains(statement), "README.md should say '" + statement + "' for " + words);
        assertTrue(words.size() < BEFORE, words::toString);
    }
}
