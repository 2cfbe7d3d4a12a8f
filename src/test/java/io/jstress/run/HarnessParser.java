package io.jstress.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads jstress's console output with the rules of scylla-cluster-tests, the most demanding known parser of
 * cassandra-stress output (written from the compatibility spec, not from its code): if this class can read a
 * run, that harness can switch binaries.
 */
public final class HarnessParser
{
    public static final Pattern MIXED_BRACKETS =
        Pattern.compile("\\[READ:\\s([\\d,]+\\.\\d+)\\sms,\\sWRITE:\\s([\\d,]+\\.\\d)\\sms\\]");
    public static final Pattern KEYSPACE = Pattern.compile(".*Keyspace:\\s(.*?)$");
    public static final Pattern INTERVAL_ROW = Pattern.compile(
        "^(\\S+),\\s+\\d+,\\s+\\d+,\\s+\\d+,\\s+\\d+(,\\s+\\d+\\.\\d){6},\\s+\\d+\\.\\d,\\s*-?\\d+\\.\\d{5},\\s+\\d+(,\\s+\\d+){5}$");
    public static final String HEADER = "type       total ops,    op/s,    pk/s,   row/s,    mean,     med,     .95,"
        + "     .99,    .999,     max,   time,   stderr, errors,  gc: #,  max ms,  sum ms,  sdv ms,      mb";

    private HarnessParser()
    {
    }

    /** The Results block: lower-cased key to the first word of the value, commas removed, as a number. */
    public static Map<String, Double> results(final String output)
    {
        final Map<String, Double> results = new LinkedHashMap<>();
        boolean in = false;
        for (final String line : output.split("\n"))
        {
            if (line.startsWith("Results:"))
            {
                in = true;
                continue;
            }
            if (!in)
            {
                continue;
            }
            if (line.equals("END") || line.equals("FAILURE"))
            {
                break;
            }
            if (line.isBlank())
            {
                continue;
            }
            final int colon = line.indexOf(':');
            final String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            final String value = line.substring(colon + 1).strip().split("\\s+")[0].replace(",", "");
            try
            {
                results.put(key, Double.parseDouble(value));
            }
            catch (final NumberFormatException notANumber)
            {
                // e.g. "Total operation time : 00:00:10", which the harness does not read as a figure
            }
        }
        return results;
    }

    /** Every interval row containing "total,": its comma-split, stripped fields. */
    public static List<String[]> totalRows(final String output)
    {
        final List<String[]> rows = new ArrayList<>();
        for (final String line : output.split("\n"))
        {
            if (line.contains("total,"))
            {
                final String[] fields = line.split(",");
                for (int i = 0; i < fields.length; i++)
                {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
        }
        return rows;
    }

    /** The mixed-run bracket values of one Results line: READ and WRITE. */
    public static Optional<double[]> mixedBrackets(final String resultsLine)
    {
        final Matcher m = MIXED_BRACKETS.matcher(resultsLine);
        if (!m.find())
        {
            return Optional.empty();
        }
        return Optional.of(new double[]{Double.parseDouble(m.group(1).replace(",", "")),
            Double.parseDouble(m.group(2).replace(",", ""))});
    }

    public static Optional<String> keyspace(final String output)
    {
        for (final String line : output.split("\n"))
        {
            final Matcher m = KEYSPACE.matcher(line);
            if (m.matches())
            {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }

    public static Optional<String> username(final String output)
    {
        // cassandra-stress itself indents the line, so a harness that reads it must strip first
        return output.lines().map(String::strip).filter(l -> l.startsWith("Username:")).findFirst()
            .map(l -> l.substring("Username:".length()).strip());
    }
}
