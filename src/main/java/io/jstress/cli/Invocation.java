package io.jstress.cli;

import io.jstress.settings.StressSettings;

import java.util.List;

/** What a valid command line asks for: a workload run, a help text, a distribution's table, or the version. */
public sealed interface Invocation
{
    /** A run; warnings name each accepted word that has no effect, one line each, for stderr. */
    record Workload(StressSettings settings, List<String> warnings) implements Invocation
    {
    }

    record Help(String text) implements Invocation
    {
    }

    /** print dist=: the distribution's table, for stdout. */
    record Print(String text) implements Invocation
    {
    }

    record Version() implements Invocation
    {
    }
}
