package io.jstress.workload;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.jstress.settings.OpType;

import java.nio.ByteBuffer;

/**
 * Checks what a read returned against what the generator says the row holds: the row exists, each expected
 * column has exactly the expected bytes, and columns the row should not have are empty. Stateless, so any
 * driver thread may call it.
 */
public final class RowValidator
{
    private RowValidator()
    {
    }

    /** @return true when the result is what a read's buffers expect (a counter read only needs its row) */
    public static boolean valid(final AsyncResultSet result, final RowBuffers expected)
    {
        if (expected.type != OpType.READ)
        {
            return expected.type != OpType.COUNTER_READ || result.one() != null;
        }
        final Row row = result.one();
        if (row == null)
        {
            return false;
        }
        final int defined = row.getColumnDefinitions().size();
        for (int c = 0; c < defined; c++)
        {
            final ByteBuffer actual = row.getBytesUnsafe(c);
            if (c >= expected.columns)
            {
                if (actual != null)
                {
                    return false;
                }
            }
            else if (actual == null || !sameBytes(actual, expected.valueBuffers[c]))
            {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBytes(final ByteBuffer actual, final ByteBuffer expected)
    {
        final int length = expected.limit();
        if (actual.remaining() != length)
        {
            return false;
        }
        final int base = actual.position();
        final byte[] bytes = expected.array();
        for (int i = 0; i < length; i++)
        {
            if (actual.get(base + i) != bytes[i])
            {
                return false;
            }
        }
        return true;
    }
}
