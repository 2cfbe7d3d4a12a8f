package io.jstress.workload.user;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Whether a row cassandra-stress wrote equals a generated row, cell by cell, given the choices it leaves to an
 * unseeded random: a list written is a prefix of the generated (largest) list, or several prefixes one after
 * another when the row was written more than once (each write appends); a set is a subset; and a static column
 * holds the value of one of its partition's rows.
 */
final class CellMatch
{
    private CellMatch()
    {
    }

    static boolean matches(final String[] written, final String[] generated, final GoldenRows golden,
        final PartitionModel model, final Set<String> staticValues)
    {
        for (int i = 0; i < written.length; i++)
        {
            final String type = golden.types().get(i);
            final boolean isStatic = model.table.column(golden.names().get(i)).orElseThrow().isStatic();
            final boolean ok;
            if (isStatic)
            {
                ok = staticValues.contains(written[i]);
            }
            else if (type.startsWith("set<"))
            {
                ok = generatedElements(generated[i]).containsAll(elements(written[i]));
            }
            else if (type.startsWith("list<"))
            {
                ok = prefixes(elements(written[i]), generatedElements(generated[i]));
            }
            else
            {
                ok = written[i].equals(generated[i]);
            }
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /** Whether written splits into consecutive non-empty prefixes of generated. */
    private static boolean prefixes(final List<String> written, final List<String> generated)
    {
        final boolean[] reachable = new boolean[written.size() + 1];
        reachable[0] = true;
        for (int i = 0; i < written.size(); i++)
        {
            for (int k = 0; reachable[i] && k < generated.size() && i + k < written.size()
                && written.get(i + k).equals(generated.get(k)); k++)
            {
                reachable[i + k + 1] = true;
            }
        }
        return reachable[written.size()];
    }

    private static List<String> generatedElements(final String hex)
    {
        return elements(hex);
    }

    /** The elements of a serialized collection ([count][length][bytes]...), each in hex; "-" (null) is empty. */
    static List<String> elements(final String hex)
    {
        final List<String> out = new ArrayList<>();
        if (hex.equals("-") || hex.isEmpty())
        {
            return out;
        }
        final byte[] b = HexFormat.of().parseHex(hex);
        final int count = readInt(b, 0);
        int at = 4;
        for (int i = 0; i < count; i++)
        {
            final int length = readInt(b, at);
            at += 4;
            out.add(HexFormat.of().formatHex(b, at, at + length));
            at += length;
        }
        return out;
    }

    private static int readInt(final byte[] b, final int at)
    {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | b[at + 3] & 0xff;
    }
}
