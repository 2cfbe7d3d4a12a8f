package io.jstress.workload.user;

import java.util.Arrays;

/** The rows of one in-flight operation of one profile, grown to the most an op has needed, then reused. */
final class RowPool
{
    private final PartitionModel model;
    private Row[] rows = new Row[0];

    RowPool(final PartitionModel model)
    {
        this.model = model;
    }

    PartitionModel model()
    {
        return model;
    }

    Row row(final int index)
    {
        if (index >= rows.length)
        {
            final int old = rows.length;
            rows = Arrays.copyOf(rows, Math.max(index + 1, old * 2));
            for (int i = old; i < rows.length; i++)
            {
                rows[i] = new Row(model);
            }
        }
        return rows[index];
    }
}
