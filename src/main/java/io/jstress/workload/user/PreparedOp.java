package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;

/**
 * One prepared statement of a profile (its insert or a query), its bind plan and its consistency levels: the
 * profile's own, else cl= and serial-cl=.
 */
final class PreparedOp
{
    private static final java.util.regex.Pattern CONDITION = java.util.regex.Pattern.compile("(?i)\\bIF\\b");

    final PreparedStatement statement;
    final BindPlan plan;
    final ConsistencyLevel consistency;
    final ConsistencyLevel serialConsistency;
    /** For each column of the result, its table column or -1; null when the result cannot be checked. */
    final int[] resultColumns;
    /** A lightweight transaction (IF ...): only its results say whether it was applied. */
    final boolean conditional;

    PreparedOp(final PreparedStatement statement, final BindPlan plan, final ConsistencyLevel consistency,
        final ConsistencyLevel serialConsistency)
    {
        this.statement = statement;
        this.plan = plan;
        this.consistency = consistency;
        this.serialConsistency = serialConsistency;
        this.resultColumns = plan.resultColumns(statement);
        this.conditional = CONDITION.matcher(statement.getQuery()).find();
    }

    /** A statement bound from one row: marker i gets the row's cell of the column it names. */
    BoundStatementBuilder bind(final Row row)
    {
        final BoundStatementBuilder b = statement.boundStatementBuilder();
        for (int i = 0; i < plan.size(); i++)
        {
            b.setBytesUnsafe(i, row.cells[plan.columns[i]].buffer());
        }
        return b.setConsistencyLevel(consistency).setSerialConsistencyLevel(serialConsistency);
    }
}
