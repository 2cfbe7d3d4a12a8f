package io.jstress.cli;

import java.util.List;
import java.util.Map;

/**
 * A command line split into words, not yet validated: the command (lower case), the words that follow it, and
 * the words of each option given, keyed by the option's table name (-rate). An option given with no words maps to
 * an empty list.
 */
record RawLine(String command, List<String> commandWords, Map<String, List<String>> options)
{
}
