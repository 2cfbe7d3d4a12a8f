package io.jstress.settings;

import java.util.List;
import java.util.Locale;

/**
 * A CQL column type as user profiles need it: its kind, its type arguments (collection elements, tuple
 * components, user-defined type fields), whether it is frozen, and for a user-defined type its name and field
 * names.
 */
public record CqlType(Kind kind, List<CqlType> args, boolean frozen, String name, List<String> fields)
{
    public enum Kind
    {
        ASCII, TEXT, VARCHAR, BIGINT, COUNTER, BLOB, BOOLEAN, DECIMAL, DOUBLE, FLOAT, INET, INT, VARINT, TIMESTAMP,
        UUID, TIMEUUID, TINYINT, SMALLINT, TIME, DATE, SET, LIST, MAP, TUPLE, UDT, DURATION, VECTOR, OTHER
    }

    public static CqlType simple(final Kind kind)
    {
        return new CqlType(kind, List.of(), false, kind.name().toLowerCase(Locale.ROOT), List.of());
    }

    public static CqlType of(final Kind kind, final List<CqlType> args, final boolean frozen)
    {
        return new CqlType(kind, List.copyOf(args), frozen, kind.name().toLowerCase(Locale.ROOT), List.of());
    }

    public static CqlType udt(final String name, final List<String> fields, final List<CqlType> types,
        final boolean frozen)
    {
        return new CqlType(Kind.UDT, List.copyOf(types), frozen, name, List.copyOf(fields));
    }

    public boolean collection()
    {
        return kind == Kind.SET || kind == Kind.LIST || kind == Kind.MAP;
    }

    /** Whether jstress can generate values of this type: everything but durations, vectors and unknown types. */
    public boolean generated()
    {
        if (kind == Kind.DURATION || kind == Kind.VECTOR || kind == Kind.OTHER)
        {
            return false;
        }
        return args.stream().allMatch(CqlType::generated);
    }

    /** As CQL writes it: text, set<int>, frozen<list<bigint>>, map<text, int>, "MyType". */
    public String cql()
    {
        final String inner = switch (kind)
        {
            case SET, LIST, MAP, TUPLE, VECTOR -> name + "<" + String.join(", ", args.stream().map(CqlType::cql)
                .toList()) + ">";
            default -> name;
        };
        return frozen ? "frozen<" + inner + ">" : inner;
    }
}
