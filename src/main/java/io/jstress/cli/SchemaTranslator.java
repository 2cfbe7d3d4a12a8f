package io.jstress.cli;

import static io.jstress.cli.OptionGrammar.SCHEMA_COMPACTION;
import static io.jstress.cli.OptionGrammar.SCHEMA_COMPRESSION;
import static io.jstress.cli.OptionGrammar.SCHEMA_KEYSPACE;
import static io.jstress.cli.OptionGrammar.SCHEMA_REPLICATION;
import static io.jstress.cli.OptionGrammar.SCHEMA_STORAGE;

import io.jstress.settings.SchemaSettings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * -schema. Replication defaults to SimpleStrategy with replication_factor 1 (the pystress plan's choice), and
 * replication_factor 1 is also added when a strategy comes with no options, as cassandra-stress does.
 */
final class SchemaTranslator
{
    static final String DEFAULT_STRATEGY = "SimpleStrategy";
    static final String REPLICATION_FACTOR = "replication_factor";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,48}");
    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.$]*");
    private static final Pattern OPTION = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern STORAGE_VALUE = Pattern.compile("[^',={}]+");

    private SchemaTranslator()
    {
    }

    static SchemaSettings translate(final GivenWords words)
    {
        final String keyspace = words.value(SCHEMA_KEYSPACE).orElse(SchemaSettings.DEFAULT_KEYSPACE);
        if (!NAME.matcher(keyspace).matches())
        {
            throw Numbers.expected(words.word(SCHEMA_KEYSPACE), "a keyspace name of 1 to 48 letters, digits or _");
        }
        final Map<String, String> replication = pairs(words.value(SCHEMA_REPLICATION).orElse(""),
            words.word(SCHEMA_REPLICATION));
        final String strategy = strategy(replication.remove("strategy"), words.word(SCHEMA_REPLICATION))
            .orElse(DEFAULT_STRATEGY);
        final String factor = replication.remove("factor");
        if (factor != null)
        {
            replication.putIfAbsent(REPLICATION_FACTOR, factor);
        }
        if (replication.isEmpty())
        {
            replication.put(REPLICATION_FACTOR, "1");
        }
        replication.forEach((k, v) -> Numbers.positiveInt(v, words.word(SCHEMA_REPLICATION)));
        return new SchemaSettings(keyspace, strategy, Collections.unmodifiableMap(replication),
            words.value(SCHEMA_COMPACTION).map(v -> compaction(v, words.word(SCHEMA_COMPACTION))),
            words.value(SCHEMA_COMPRESSION).map(v -> className(v, words.word(SCHEMA_COMPRESSION))),
            words.value(SCHEMA_STORAGE).map(v -> storage(v, words.word(SCHEMA_STORAGE))));
    }

    private static SchemaSettings.Compaction compaction(final String value, final String word)
    {
        final Map<String, String> options = pairs(value, word);
        final String strategy = strategy(options.remove("strategy"), word)
            .orElseThrow(() -> Numbers.expected(word, "compaction(strategy=X[,option=value...])"));
        return new SchemaSettings.Compaction(strategy, Collections.unmodifiableMap(options));
    }

    /** type=LOCAL or type=S3 with endpoint= and bucket=; other key=value pairs pass through, as cassandra-stress. */
    private static SchemaSettings.Storage storage(final String body, final String word)
    {
        final Map<String, String> options = new LinkedHashMap<>();
        for (final String pair : body.split(",", -1))
        {
            final String[] kv = pair.split("=", 2);
            if (kv.length != 2 || !OPTION.matcher(kv[0]).matches() || !STORAGE_VALUE.matcher(kv[1]).matches()
                || options.put(kv[0], kv[1]) != null)
            {
                throw Numbers.expected(word, "storage(type=LOCAL|S3[,endpoint=host:port,bucket=name])");
            }
        }
        final String type = options.remove("type");
        if (type == null || !(type.equals("LOCAL") || type.equals("S3")))
        {
            throw Numbers.expected(word, "storage(type=LOCAL) or storage(type=S3,endpoint=...,bucket=...)");
        }
        if (type.equals("S3") && !(options.containsKey("endpoint") && options.containsKey("bucket")))
        {
            throw Numbers.expected(word, "endpoint= and bucket= with type=S3");
        }
        return new SchemaSettings.Storage(type, Collections.unmodifiableMap(options));
    }

    private static Optional<String> strategy(final String value, final String word)
    {
        return Optional.ofNullable(value).map(v -> className(v, word));
    }

    private static String className(final String value, final String word)
    {
        if (!CLASS_NAME.matcher(value).matches())
        {
            throw Numbers.expected(word, "a class name such as SimpleStrategy or LZ4Compressor");
        }
        return value;
    }

    /** key=value pairs separated by ','; strategy and factor keys are lower-cased, data centre names kept. */
    private static Map<String, String> pairs(final String body, final String word)
    {
        final Map<String, String> pairs = new LinkedHashMap<>();
        for (final String pair : body.isEmpty() ? new String[0] : body.split(","))
        {
            final String[] kv = pair.split("=", -1);
            if (kv.length != 2 || !OPTION.matcher(kv[0]).matches() || !OPTION.matcher(kv[1]).matches())
            {
                throw Numbers.expected(word, "key=value pairs inside the brackets");
            }
            final String lower = kv[0].toLowerCase(Locale.ROOT);
            final String key = lower.equals("strategy") || lower.equals("factor") || lower.equals(REPLICATION_FACTOR)
                ? lower : kv[0];
            if (pairs.put(key, kv[1]) != null)
            {
                throw Numbers.expected(word, "each key at most once");
            }
        }
        return pairs;
    }
}
