package io.jstress.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jstress.settings.Secret;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The effective settings as a JSON tree, walked from the records themselves so it can never drift from them.
 * Secrets stay suppressed; absent optionals are null.
 */
final class SettingsTree
{
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SettingsTree()
    {
    }

    static JsonNode of(final Object value)
    {
        if (value == null)
        {
            return NODES.nullNode();
        }
        if (value instanceof Secret || value instanceof CharSequence || value instanceof Enum<?>
            || value instanceof java.nio.file.Path)
        {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Boolean b)
        {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Long)
        {
            return NODES.numberNode(((Number)value).longValue());
        }
        if (value instanceof Number n)
        {
            return NODES.numberNode(n.doubleValue());
        }
        if (value instanceof java.time.Duration d)
        {
            return NODES.numberNode(d.toMillis());
        }
        if (value instanceof Optional<?> o)
        {
            return of(o.orElse(null));
        }
        if (value instanceof OptionalInt o)
        {
            return o.isPresent() ? NODES.numberNode(o.getAsInt()) : NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map)
        {
            final ObjectNode node = NODES.objectNode();
            map.forEach((k, v) -> node.set(k.toString(), masked(k.toString(), v)));
            return node;
        }
        if (value instanceof Collection<?> list)
        {
            final ArrayNode node = NODES.arrayNode();
            list.forEach(v -> node.add(of(v)));
            return node;
        }
        if (value instanceof Record record)
        {
            final ObjectNode node = NODES.objectNode();
            node.put("type", record.getClass().getSimpleName());
            for (final RecordComponent c : record.getClass().getRecordComponents())
            {
                node.set(c.getName(), of(read(c, record)));
            }
            return node;
        }
        return NODES.textNode(value.toString());
    }

    /** -transport keeps its words as strings: a *password key's value must not leak through them. */
    private static JsonNode masked(final String key, final Object value)
    {
        return key.toLowerCase(java.util.Locale.ROOT).contains("password") ? NODES.textNode("*suppressed*") : of(value);
    }

    private static Object read(final RecordComponent component, final Record record)
    {
        try
        {
            return component.getAccessor().invoke(record);
        }
        catch (final ReflectiveOperationException e)
        {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
