package io.jstress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jstress.settings.StressSettings;

import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** Parsing and the settings dump give the same result whatever the JVM's default locale. */
@ResourceLock(Resources.LOCALE)
class LocaleIndependenceTest
{
    private static <T> T under(final Locale locale, final Supplier<T> action)
    {
        final Locale saved = Locale.getDefault();
        Locale.setDefault(locale);
        try
        {
            return action.get();
        }
        finally
        {
            Locale.setDefault(saved);
        }
    }

    @Test
    void germanAndFrenchDefaultsParseAndDumpLikeRoot()
    {
        final String line = "write n=1500000 -pop 'dist=GAUSSIAN(1..1000000,2.5)' -col 'size=EXTREME(1..1k,1.5)' "
            + "-rate threads=10 throttle=1500/s";
        final StressSettings root = under(Locale.ROOT, () -> StressCommandLine.settings(Argv.of(line)));
        final String rootDump = under(Locale.ROOT, () -> SettingsDumpTest.dump(line));
        for (final Locale locale : new Locale[] {Locale.GERMANY, Locale.FRANCE})
        {
            assertEquals(root, under(locale, () -> StressCommandLine.settings(Argv.of(line))), locale.toString());
            assertEquals(rootDump, under(locale, () -> SettingsDumpTest.dump(line)), locale.toString());
        }
        assertTrue(rootDump.contains("  Count: 1,500,000\n"), rootDump);
        assertTrue(rootDump.contains("mean=500000.500000,stdev=199999.800000"), rootDump);
    }

    @Test
    void decimalWordsNeedAPointEvenUnderACommaLocale()
    {
        final Console console = under(Locale.GERMANY, () -> Console.run("write err<0,05"));
        assertEquals(1, console.exitCode());
        assertEquals(1, console.errLines().size());
    }
}
