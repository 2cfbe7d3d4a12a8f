package io.jstress.run;

import com.datastax.oss.driver.api.core.auth.AuthProvider;
import com.datastax.oss.driver.api.core.auth.Authenticator;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.metadata.EndPoint;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

/** A driver 4 AuthProvider named by -mode auth-provider=: SASL PLAIN from the config, counting its logins. */
public final class RecordingAuthProvider implements AuthProvider
{
    static final AtomicInteger LOGINS = new AtomicInteger();
    private final DriverExecutionProfile config;

    public RecordingAuthProvider(final DriverContext context)
    {
        config = context.getConfig().getDefaultProfile();
    }

    @Override
    public Authenticator newAuthenticator(final EndPoint endPoint, final String serverAuthenticator)
    {
        LOGINS.incrementAndGet();
        final byte[] plain = ("\0" + config.getString(DefaultDriverOption.AUTH_PROVIDER_USER_NAME) + "\0"
            + config.getString(DefaultDriverOption.AUTH_PROVIDER_PASSWORD)).getBytes(StandardCharsets.UTF_8);
        return new Authenticator()
        {
            @Override
            public CompletionStage<ByteBuffer> initialResponse()
            {
                return CompletableFuture.completedFuture(ByteBuffer.wrap(plain));
            }

            @Override
            public CompletionStage<ByteBuffer> evaluateChallenge(final ByteBuffer challenge)
            {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public CompletionStage<Void> onAuthenticationSuccess(final ByteBuffer token)
            {
                return CompletableFuture.completedFuture(null);
            }
        };
    }

    @Override
    public void onMissingChallenge(final EndPoint endPoint)
    {
    }

    @Override
    public void close()
    {
    }
}
