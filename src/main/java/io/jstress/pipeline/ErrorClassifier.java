package io.jstress.pipeline;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;
import com.datastax.oss.driver.api.core.connection.BusyConnectionException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.ReadTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import com.datastax.oss.driver.api.core.servererrors.WriteTimeoutException;

import io.jstress.report.Outcome;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/**
 * Maps a driver failure to its error class. Client timeouts and server timeouts are both TIMEOUT; running
 * out of stream ids or throttler permits is the loader overloading the driver, so it counts as OVERLOADED.
 */
public final class ErrorClassifier
{
    private ErrorClassifier()
    {
    }

    public static Outcome classify(final Throwable failure)
    {
        Throwable t = failure;
        while (t instanceof CompletionException && t.getCause() != null)
        {
            t = t.getCause();
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
        if (t instanceof NoNodeAvailableException || t instanceof AllNodesFailedException)
        {
            return Outcome.NO_HOST;
        }
        return Outcome.OTHER;
    }
}
