package io.jstress.workload.user;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import io.jstress.settings.CqlType;
import io.jstress.settings.TableShape;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A table's shape as the cluster's schema metadata tells it: the columns the generators actually write. */
public final class TableShapes
{
    private static final Map<DataType, CqlType.Kind> SIMPLE = Map.ofEntries(
        Map.entry(DataTypes.ASCII, CqlType.Kind.ASCII), Map.entry(DataTypes.TEXT, CqlType.Kind.TEXT),
        Map.entry(DataTypes.BIGINT, CqlType.Kind.BIGINT), Map.entry(DataTypes.COUNTER, CqlType.Kind.COUNTER),
        Map.entry(DataTypes.BLOB, CqlType.Kind.BLOB), Map.entry(DataTypes.BOOLEAN, CqlType.Kind.BOOLEAN),
        Map.entry(DataTypes.DECIMAL, CqlType.Kind.DECIMAL), Map.entry(DataTypes.DOUBLE, CqlType.Kind.DOUBLE),
        Map.entry(DataTypes.FLOAT, CqlType.Kind.FLOAT), Map.entry(DataTypes.INET, CqlType.Kind.INET),
        Map.entry(DataTypes.INT, CqlType.Kind.INT), Map.entry(DataTypes.VARINT, CqlType.Kind.VARINT),
        Map.entry(DataTypes.TIMESTAMP, CqlType.Kind.TIMESTAMP), Map.entry(DataTypes.UUID, CqlType.Kind.UUID),
        Map.entry(DataTypes.TIMEUUID, CqlType.Kind.TIMEUUID), Map.entry(DataTypes.TINYINT, CqlType.Kind.TINYINT),
        Map.entry(DataTypes.SMALLINT, CqlType.Kind.SMALLINT), Map.entry(DataTypes.TIME, CqlType.Kind.TIME),
        Map.entry(DataTypes.DATE, CqlType.Kind.DATE), Map.entry(DataTypes.DURATION, CqlType.Kind.DURATION));

    private TableShapes()
    {
    }

    public static TableShape of(final TableMetadata table)
    {
        final List<TableShape.Column> partition = new ArrayList<>();
        final List<TableShape.Column> clustering = new ArrayList<>();
        final List<TableShape.Column> rest = new ArrayList<>();
        final Set<CqlIdentifier> keys = new HashSet<>();
        for (final ColumnMetadata c : table.getPartitionKey())
        {
            partition.add(column(c));
            keys.add(c.getName());
        }
        for (final ColumnMetadata c : table.getClusteringColumns().keySet())
        {
            clustering.add(column(c));
            keys.add(c.getName());
        }
        for (final ColumnMetadata c : table.getColumns().values())
        {
            if (!keys.contains(c.getName()))
            {
                rest.add(column(c));
            }
        }
        return new TableShape(table.getName().asInternal(), partition, clustering, rest);
    }

    private static TableShape.Column column(final ColumnMetadata c)
    {
        return new TableShape.Column(c.getName().asInternal(), type(c.getType()), c.isStatic());
    }

    static CqlType type(final DataType type)
    {
        final CqlType.Kind simple = SIMPLE.get(type);
        if (simple != null)
        {
            return CqlType.simple(simple);
        }
        if (type instanceof ListType l)
        {
            return CqlType.of(CqlType.Kind.LIST, List.of(type(l.getElementType())), l.isFrozen());
        }
        if (type instanceof SetType s)
        {
            return CqlType.of(CqlType.Kind.SET, List.of(type(s.getElementType())), s.isFrozen());
        }
        if (type instanceof MapType m)
        {
            return CqlType.of(CqlType.Kind.MAP, List.of(type(m.getKeyType()), type(m.getValueType())), m.isFrozen());
        }
        if (type instanceof TupleType t)
        {
            return CqlType.of(CqlType.Kind.TUPLE, t.getComponentTypes().stream().map(TableShapes::type).toList(), true);
        }
        if (type instanceof UserDefinedType u)
        {
            return CqlType.udt(u.getName().asInternal(), u.getFieldNames().stream().map(CqlIdentifier::asInternal)
                .toList(), u.getFieldTypes().stream().map(TableShapes::type).toList(), u.isFrozen());
        }
        return new CqlType(CqlType.Kind.OTHER, List.of(), false, type.asCql(true, true), List.of());
    }
}
