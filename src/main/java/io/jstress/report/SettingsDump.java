package io.jstress.report;

import io.jstress.settings.StressSettings;

import java.io.PrintStream;

/** PLACEHOLDER until the cli branch lands. */
public final class SettingsDump
{
    private SettingsDump()
    {
    }

    public static void print(final StressSettings settings, final PrintStream out)
    {
        out.println("******************** Stress Settings ********************");
    }
}
