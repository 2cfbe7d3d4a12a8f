package io.jstress.cli;

import io.jstress.settings.CqlType;
import io.jstress.settings.TableShape;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a profile's keyspace_definition and table_definition far enough to check the profile before connecting:
 * the keyspace's and table's names, and the table's columns, types and primary key. Everything after the column
 * list (WITH ...) is left to Cassandra.
 */
final class CqlSchemaParser
{
    /** A CREATE TABLE: the keyspace it names, if any, and its shape. */
    record ParsedTable(Optional<String> keyspace, TableShape shape)
    {
    }

    private CqlSchemaParser()
    {
    }

    /** The keyspace name of CREATE KEYSPACE [IF NOT EXISTS] name ... */
    static String keyspaceName(final String cql)
    {
        final CqlTokens t = CqlTokens.of(cql);
        t.expect("CREATE");
        t.expect("KEYSPACE");
        ifNotExists(t);
        return t.identifier("a keyspace name").identifier();
    }

    static ParsedTable table(final String cql)
    {
        final CqlTokens t = CqlTokens.of(cql);
        t.expect("CREATE");
        if (!t.takeIf("TABLE"))
        {
            t.expect("COLUMNFAMILY");
        }
        ifNotExists(t);
        String name = t.identifier("a table name").identifier();
        Optional<String> keyspace = Optional.empty();
        if (t.takeIf("."))
        {
            keyspace = Optional.of(name);
            name = t.identifier("a table name").identifier();
        }
        t.expect("(");
        final Map<String, CqlType> types = new LinkedHashMap<>();
        final List<String> statics = new ArrayList<>();
        final List<String> partition = new ArrayList<>();
        final List<String> clustering = new ArrayList<>();
        do
        {
            if (t.peek().is("PRIMARY"))
            {
                t.take();
                t.expect("KEY");
                primaryKey(t, partition, clustering);
            }
            else
            {
                column(t, types, statics, partition);
            }
        }
        while (t.takeIf(","));
        t.expect(")");
        return new ParsedTable(keyspace, shape(name, types, statics, partition, clustering, t));
    }

    private static void ifNotExists(final CqlTokens t)
    {
        if (t.takeIf("IF"))
        {
            t.expect("NOT");
            t.expect("EXISTS");
        }
    }

    private static void column(final CqlTokens t, final Map<String, CqlType> types, final List<String> statics,
        final List<String> partition)
    {
        final CqlTokens.Token name = t.identifier("a column name or PRIMARY KEY");
        if (types.put(name.identifier(), type(t)) != null)
        {
            throw new CqlTokens.CqlSyntax("each column once, but " + name.identifier() + " is declared twice",
                name.offset());
        }
        if (t.takeIf("STATIC"))
        {
            statics.add(name.identifier());
        }
        if (t.takeIf("PRIMARY"))
        {
            t.expect("KEY");
            if (!partition.isEmpty())
            {
                throw new CqlTokens.CqlSyntax("one PRIMARY KEY, but " + name.identifier() + " declares another",
                    name.offset());
            }
            partition.add(name.identifier());
        }
    }

    private static void primaryKey(final CqlTokens t, final List<String> partition, final List<String> clustering)
    {
        if (!partition.isEmpty())
        {
            throw new CqlTokens.CqlSyntax("one PRIMARY KEY, not a second", t.peek().offset());
        }
        t.expect("(");
        if (t.takeIf("("))
        {
            do
            {
                partition.add(t.identifier("a partition key column").identifier());
            }
            while (t.takeIf(","));
            t.expect(")");
        }
        else
        {
            partition.add(t.identifier("a partition key column").identifier());
        }
        while (t.takeIf(","))
        {
            clustering.add(t.identifier("a clustering column").identifier());
        }
        t.expect(")");
    }

    static CqlType type(final CqlTokens t)
    {
        final CqlTokens.Token token = t.identifier("a type");
        final String name = token.identifier();
        if (!token.quoted())
        {
            switch (name)
            {
                case "frozen" ->
                {
                    t.expect("<");
                    final CqlType inner = type(t);
                    t.expect(">");
                    return new CqlType(inner.kind(), inner.args(), true, inner.name(), inner.fields());
                }
                case "set", "list", "map", "tuple", "vector" ->
                {
                    return parameterized(t, name);
                }
                default ->
                {
                    final Optional<CqlType.Kind> kind = simpleKind(name);
                    if (kind.isPresent())
                    {
                        return CqlType.simple(kind.get());
                    }
                }
            }
        }
        String udt = name;
        if (t.takeIf("."))
        {
            udt = t.identifier("a type name").identifier();
        }
        return CqlType.udt(udt, List.of(), List.of(), false);
    }

    private static CqlType parameterized(final CqlTokens t, final String name)
    {
        t.expect("<");
        final List<CqlType> args = new ArrayList<>();
        do
        {
            if (name.equals("vector") && !args.isEmpty())
            {
                t.take();
            }
            else
            {
                args.add(type(t));
            }
        }
        while (t.takeIf(","));
        final CqlTokens.Token close = t.expect(">");
        final CqlType.Kind kind = CqlType.Kind.valueOf(name.toUpperCase(Locale.ROOT));
        final int arity = switch (kind)
        {
            case SET, LIST, VECTOR -> 1;
            case MAP -> 2;
            default -> args.size();
        };
        if (args.size() != arity)
        {
            throw new CqlTokens.CqlSyntax(arity + " type argument" + (arity == 1 ? "" : "s") + " for " + name,
                close.offset());
        }
        return CqlType.of(kind, args, false);
    }

    static Optional<CqlType.Kind> simpleKind(final String name)
    {
        return switch (name)
        {
            case "ascii" -> Optional.of(CqlType.Kind.ASCII);
            case "text" -> Optional.of(CqlType.Kind.TEXT);
            case "varchar" -> Optional.of(CqlType.Kind.VARCHAR);
            case "bigint" -> Optional.of(CqlType.Kind.BIGINT);
            case "counter" -> Optional.of(CqlType.Kind.COUNTER);
            case "blob" -> Optional.of(CqlType.Kind.BLOB);
            case "boolean" -> Optional.of(CqlType.Kind.BOOLEAN);
            case "decimal" -> Optional.of(CqlType.Kind.DECIMAL);
            case "double" -> Optional.of(CqlType.Kind.DOUBLE);
            case "float" -> Optional.of(CqlType.Kind.FLOAT);
            case "inet" -> Optional.of(CqlType.Kind.INET);
            case "int" -> Optional.of(CqlType.Kind.INT);
            case "varint" -> Optional.of(CqlType.Kind.VARINT);
            case "timestamp" -> Optional.of(CqlType.Kind.TIMESTAMP);
            case "uuid" -> Optional.of(CqlType.Kind.UUID);
            case "timeuuid" -> Optional.of(CqlType.Kind.TIMEUUID);
            case "tinyint" -> Optional.of(CqlType.Kind.TINYINT);
            case "smallint" -> Optional.of(CqlType.Kind.SMALLINT);
            case "time" -> Optional.of(CqlType.Kind.TIME);
            case "date" -> Optional.of(CqlType.Kind.DATE);
            case "duration" -> Optional.of(CqlType.Kind.DURATION);
            default -> Optional.empty();
        };
    }

    private static TableShape shape(final String name, final Map<String, CqlType> types, final List<String> statics,
        final List<String> partition, final List<String> clustering, final CqlTokens t)
    {
        if (partition.isEmpty())
        {
            throw new CqlTokens.CqlSyntax("a PRIMARY KEY", t.peek().offset());
        }
        final List<TableShape.Column> pk = new ArrayList<>();
        final List<TableShape.Column> ck = new ArrayList<>();
        final List<TableShape.Column> rest = new ArrayList<>();
        for (final String key : partition)
        {
            pk.add(keyColumn(key, types, t));
        }
        for (final String key : clustering)
        {
            ck.add(keyColumn(key, types, t));
        }
        types.forEach((column, type) ->
        {
            if (!partition.contains(column) && !clustering.contains(column))
            {
                rest.add(new TableShape.Column(column, type, statics.contains(column)));
            }
        });
        return new TableShape(name, pk, ck, rest);
    }

    private static TableShape.Column keyColumn(final String key, final Map<String, CqlType> types, final CqlTokens t)
    {
        final CqlType type = types.get(key);
        if (type == null)
        {
            throw new CqlTokens.CqlSyntax("PRIMARY KEY columns to be declared, but " + key + " is not",
                t.peek().offset());
        }
        return new TableShape.Column(key, type, false);
    }
}
