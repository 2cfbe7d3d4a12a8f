package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.servererrors.FunctionFailureException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ProtocolError;
import com.datastax.oss.driver.api.core.servererrors.QueryValidationException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;

import io.jstress.report.Outcome;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * Maps a failure to its error class, and says whether trying again can help. Client timeouts and server timeouts
 * are both TIMEOUT; running out of stream ids or throttler permits is the loader overloading the driver, so it
 * counts as OVERLOADED. When the driver tried every node it reports them all: the class is then that of what the
 * nodes answered (an overloaded or unavailable coordinator), and NO_HOST only when none could be reached.
 */
public final class ErrorClassifier
{
    private ErrorClassifier()
    {
    }

    public static Outcome classify(final Throwable failure)
    {
        final Throwable t = unwrap(failure);
        if (t instanceof AllNodesFailedException all)
        {
            final Throwable answer = lastAnswer(all);
            final Outcome o = answer == null ? Outcome.OTHER : classify(answer);
            return o == Outcome.OTHER ? Outcome.NO_HOST : o;
        }
        if (t instanceof CancellationException)
        {
            return Outcome.CANCELLED;
        }
        if (t instanceof DriverTimeoutException || t instanceof ReadTimeoutException
            || t instanceof WriteTimeoutException)
        {
            return Outcome.TIMEOUT;
        }
        if (t instanceof UnavailableException)
        {
            return Outcome.UNAVAILABLE;
        }
        if (t instanceof OverloadedException || t instanceof RequestThrottlingException
            || t instanceof BusyConnectionException)
        {
            return Outcome.OVERLOADED;
        }
        return t instanceof NoNodeAvailableException ? Outcome.NO_HOST : Outcome.OTHER;
    }

    /**
     * Whether the same request may succeed if sent again: a timeout, an unavailable or overloaded cluster, a lost
     * connection may pass; a query the server rejects (syntax, invalid, unauthorized, a failing function, a
     * protocol error) will be rejected again, and an exception from jstress's own code (a generator, say) would
     * be thrown again.
     *
     * @param failure null for an op whose result failed validation, which a retry may read again
     */
    public static boolean retryable(final Throwable failure)
    {
        if (failure == null)
        {
            return true;
        }
        final Throwable t = answer(failure);
        return t instanceof DriverException && !(t instanceof QueryValidationException
            || t instanceof FunctionFailureException || t instanceof ProtocolError);
    }

    /**
     * What actually failed: the cause of a CompletionException, and when the driver tried every node, what the
     * last node answered (an overloaded or unavailable coordinator) rather than the list of every node tried.
     */
    static Throwable answer(final Throwable failure)
    {
        final Throwable t = unwrap(failure);
        final Throwable answer = t instanceof AllNodesFailedException all ? lastAnswer(all) : null;
        return answer != null ? answer : t;
    }

    private static Throwable unwrap(final Throwable failure)
    {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null)
        {
            t = t.getCause();
        }
        return t;
    }

    /** What the last node the driver tried answered, or null if it tried none. */
    private static Throwable lastAnswer(final AllNodesFailedException all)
    {
        Throwable last = null;
        for (final List<Throwable> errors : all.getAllErrors().values())
        {
            if (!errors.isEmpty())
            {
                last = errors.get(errors.size() - 1);
            }
        }
        return last;
    }
}
