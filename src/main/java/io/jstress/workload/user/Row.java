package io.jstress.workload.user;

/**
 * One generated CQL row: a cell per column, in the model's order (partition key, clustering, others). Reused
 * op after op; its cells back the buffers bound into the statement, so it stays untouched until that completes.
 */
final class Row
{
    final Cell[] cells;

    Row(final PartitionModel model)
    {
        cells = new Cell[model.columnCount()];
        for (int i = 0; i < cells.length; i++)
        {
            cells[i] = new Cell(model.generator(i).maxLength());
        }
    }
}
