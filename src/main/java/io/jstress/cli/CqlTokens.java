package io.jstress.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of a CQL statement, for reading the few statements a profile holds (CREATE KEYSPACE, CREATE TABLE):
 * words, "quoted identifiers", 'string literals', numbers and single-character punctuation, with comments and
 * whitespace skipped. Each token keeps its offset, so an error can point at it.
 */
final class CqlTokens
{
    /** One token; quoted is true for a "quoted identifier", whose text is then its exact, unquoted name. */
    record Token(String text, boolean quoted, boolean literal, int offset)
    {
        boolean is(final String word)
        {
            return !quoted && !literal && text.equalsIgnoreCase(word);
        }

        /** An identifier as Cassandra stores it: unquoted names are lower-cased. */
        String identifier()
        {
            return quoted ? text : text.toLowerCase(Locale.ROOT);
        }
    }

    private final String cql;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    private CqlTokens(final String cql)
    {
        this.cql = cql;
    }

    static CqlTokens of(final String cql)
    {
        final CqlTokens t = new CqlTokens(cql);
        t.tokenize();
        return t;
    }

    private void tokenize()
    {
        int i = 0;
        final int n = cql.length();
        while (i < n)
        {
            final char c = cql.charAt(i);
            if (Character.isWhitespace(c))
            {
                i++;
            }
            else if (cql.startsWith("--", i) || cql.startsWith("//", i))
            {
                final int end = cql.indexOf('\n', i);
                i = end < 0 ? n : end;
            }
            else if (cql.startsWith("/*", i))
            {
                final int end = cql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            }
            else if (c == '"' || c == '\'')
            {
                i = quoted(i, c);
            }
            else if (Character.isLetterOrDigit(c) || c == '_' || c == '-' && i + 1 < n
                && Character.isDigit(cql.charAt(i + 1)))
            {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(cql.charAt(end)) || cql.charAt(end) == '_'
                    || cql.charAt(end) == '.' && Character.isDigit(cql.charAt(i))))
                {
                    end++;
                }
                tokens.add(new Token(cql.substring(i, end), false, false, i));
                i = end;
            }
            else
            {
                tokens.add(new Token(String.valueOf(c), false, false, i));
                i++;
            }
        }
    }

    private int quoted(final int start, final char quote)
    {
        final StringBuilder b = new StringBuilder();
        int i = start + 1;
        while (true)
        {
            if (i >= cql.length())
            {
                throw new CqlSyntax("an unclosed " + quote + " quote", start);
            }
            final char c = cql.charAt(i);
            if (c == quote)
            {
                if (i + 1 < cql.length() && cql.charAt(i + 1) == quote)
                {
                    b.append(quote);
                    i += 2;
                    continue;
                }
                tokens.add(new Token(b.toString(), quote == '"', quote == '\'', start));
                return i + 1;
            }
            b.append(c);
            i++;
        }
    }

    boolean done()
    {
        return next >= tokens.size();
    }

    Token peek()
    {
        return done() ? new Token("", false, false, cql.length()) : tokens.get(next);
    }

    Token take()
    {
        final Token t = peek();
        next++;
        return t;
    }

    boolean takeIf(final String word)
    {
        if (!done() && peek().is(word))
        {
            next++;
            return true;
        }
        return false;
    }

    Token expect(final String word)
    {
        final Token t = peek();
        if (!t.is(word))
        {
            throw new CqlSyntax("'" + word + "' but found " + shown(t), t.offset());
        }
        return take();
    }

    /** An identifier: a word or a "quoted name". */
    Token identifier(final String what)
    {
        final Token t = peek();
        if (t.literal() || !t.quoted() && (t.text().isEmpty() || !Character.isLetterOrDigit(t.text().charAt(0))
            && t.text().charAt(0) != '_'))
        {
            throw new CqlSyntax(what + " but found " + shown(t), t.offset());
        }
        return take();
    }

    static String shown(final Token t)
    {
        return t.text().isEmpty() && !t.quoted() && !t.literal() ? "the end" : "'" + t.text() + "'";
    }

    /** A CQL statement that cannot be read: what was expected, and the offset in the statement where. */
    static final class CqlSyntax extends RuntimeException
    {
        private static final long serialVersionUID = 1L;
        final int offset;

        CqlSyntax(final String expected, final int offset)
        {
            super("expected " + expected, null, false, false);
            this.offset = offset;
        }
    }
}
