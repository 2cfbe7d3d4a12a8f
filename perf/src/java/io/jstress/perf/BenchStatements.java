package io.jstress.perf;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.metadata.token.Partitioner;
import io.jstress.settings.OpType;
import io.jstress.workload.Schema;
import io.jstress.workload.Statements;

import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;

/**
 * The workload's real Statements, prepared against a stand-in session whose prepared statements bind to one
 * shared statement. Binding in the driver allocates a statement and encodes every value; this takes the
 * driver's share out of a pipeline measurement, so what the benchmark allocates is the pipeline's own.
 */
final class BenchStatements
{
    private static final BoundStatement SENT = proxy(BoundStatement.class);

    private BenchStatements()
    {
    }

    static Statements of(final Schema schema, final Set<OpType> ops)
    {
        final CqlSession session = (CqlSession)Proxy.newProxyInstance(CqlSession.class.getClassLoader(),
            new Class<?>[] {CqlSession.class}, (self, method, args) ->
            {
                if (method.getName().equals("prepare") && args.length == 1 && args[0] instanceof String query)
                {
                    return new Prepared(query);
                }
                throw new UnsupportedOperationException("the benchmark session only prepares: " + method);
            });
        return Statements.prepared(schema, schema.columns().size(), session, ops);
    }

    private static <T> T proxy(final Class<T> type)
    {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) ->
        {
            throw new UnsupportedOperationException("the benchmark never reads a sent statement: " + method);
        }));
    }

    /** Only bind is on the hot path; it returns the shared statement and allocates nothing. */
    private static final class Prepared implements PreparedStatement
    {
        private final String query;

        Prepared(final String query)
        {
            this.query = query;
        }

        @Override
        public BoundStatement bind(final Object... values)
        {
            return SENT;
        }

        @Override
        public String getQuery()
        {
            return query;
        }

        @Override
        public ByteBuffer getId()
        {
            throw unsupported();
        }

        @Override
        public ColumnDefinitions getVariableDefinitions()
        {
            throw unsupported();
        }

        @Override
        public Partitioner getPartitioner()
        {
            throw unsupported();
        }

        @Override
        public List<Integer> getPartitionKeyIndices()
        {
            throw unsupported();
        }

        @Override
        public ByteBuffer getResultMetadataId()
        {
            throw unsupported();
        }

        @Override
        public ColumnDefinitions getResultSetDefinitions()
        {
            throw unsupported();
        }

        @Override
        public boolean isLWT()
        {
            return false;
        }

        @Override
        public void setResultMetadata(final ByteBuffer id, final ColumnDefinitions definitions)
        {
            throw unsupported();
        }

        @Override
        public BoundStatementBuilder boundStatementBuilder(final Object... values)
        {
            throw unsupported();
        }

        private UnsupportedOperationException unsupported()
        {
            return new UnsupportedOperationException("the benchmark's prepared statement only binds: " + query);
        }
    }
}
