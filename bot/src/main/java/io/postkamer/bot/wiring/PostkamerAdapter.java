package io.postkamer.bot.wiring;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.AuthenticationConfiguration;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.ChannelProvider;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.ClaimsIdentity;
import com.microsoft.bot.connector.authentication.CredentialProvider;
import com.microsoft.bot.connector.authentication.JwtTokenValidation;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.schema.Activity;
import io.postkamer.bot.auth.BotCredentials;
import io.postkamer.dialogs.connector.ConnectorClients;
import io.postkamer.dialogs.connector.ServiceUrlPolicy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The SDK's HTTP adapter with five corrections: authentication is a separate step, so the endpoint
 * can check the authenticated request before any turn runs; a single-tenant bot gets its outgoing
 * tokens from its own tenant (4.14.3 reads no tenant setting); replies go out through
 * {@link ConnectorClients} (plain JSON, no redirects, the service URL checked on every send); trace
 * activities never leave the bot ({@link TraceFilter}); and a failed turn tells the person one neutral
 * line and logs the rest ({@link TurnFailure}).
 */
public class PostkamerAdapter extends BotFrameworkHttpAdapter {
    private final BotCredentials credentials;
    private final CredentialProvider credentialProvider;
    private final ChannelProvider channelProvider = new SimpleChannelProvider();
    private final ConnectorClients connectors;

    public PostkamerAdapter(BotCredentials credentials, String openIdMetadataUrl, ServiceUrlPolicy serviceUrls) {
        this(credentials, new SimpleCredentialProvider(credentials.appId(), credentials.appPassword()),
                openIdMetadataUrl, serviceUrls);
    }

    private PostkamerAdapter(BotCredentials credentials, CredentialProvider credentialProvider,
                             String openIdMetadataUrl, ServiceUrlPolicy serviceUrls) {
        super(credentialProvider, new SimpleChannelProvider());
        this.credentials = credentials;
        this.credentialProvider = credentialProvider;
        this.connectors = new ConnectorClients(serviceUrls);
        if (!openIdMetadataUrl.isBlank()) {
            // Where the channel's signing keys are published; tests point it at a local stand-in.
            ChannelValidation.setOpenIdMetaDataUrl(openIdMetadataUrl);
        }
        use(new TraceFilter());
        setOnTurnError(new TurnFailure()::handle);
    }

    /**
     * Fails with the SDK's AuthenticationException unless the request carries a valid channel token.
     * Whatever goes wrong while reading a token (a header that is no JWT at all makes the SDK's
     * parser throw its own exceptions) is an authentication failure, never a server error.
     */
    public CompletableFuture<ClaimsIdentity> authenticate(String authHeader, Activity activity) {
        CompletableFuture<ClaimsIdentity> identity;
        try {
            identity = JwtTokenValidation.authenticateRequest(activity, authHeader, credentialProvider,
                    channelProvider, new AuthenticationConfiguration());
        } catch (RuntimeException e) {
            identity = CompletableFuture.failedFuture(e);
        }
        return identity.handle((claims, failure) -> {
            if (failure == null) {
                return claims;
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            throw new CompletionException(cause instanceof AuthenticationException ? cause
                    : new AuthenticationException(cause));
        });
    }

    /**
     * Runs one turn. The SDK closes the turn context as soon as it has <em>built</em> the turn's future
     * (try-with-resources in {@code BotFrameworkAdapter.processActivity}), not when the turn ends; a
     * turn that continues on another thread (every mailbox call does) then races the close, which
     * iterates the turn state: a ConcurrentModificationException under load (2 in 20,000 turns with
     * 16 concurrent conversations). Waiting for the turn inside the callback keeps the context open
     * until the turn is over; the request thread waits for the answer anyway.
     */
    public CompletableFuture<InvokeResponse> process(ClaimsIdentity identity, Activity activity, Bot bot) {
        AtomicReference<TurnContext> context = new AtomicReference<>();
        return processActivity(identity, activity, turn -> {
            context.set(turn);
            try {
                bot.onTurn(turn).join();
                return CompletableFuture.completedFuture(null);
            } catch (CompletionException failed) {
                return CompletableFuture.failedFuture(failed.getCause() == null ? failed : failed.getCause());
            }
        }).thenApply(TraceFilter::withoutTraces).whenComplete((answer, failure) -> release(context.get()));
    }

    /**
     * Empties a finished turn's context. The SDK's TurnContextImpl and its TurnContextStateCollection both have a
     * finalizer, so whatever they still reference (the state read, the replies with their cards) outlives the
     * next young collection and is copied by it: 60 MB at each G1 pause at 64 conversations, most of the p99
     * tail. The answer was already taken from it ({@link TraceFilter#withoutTraces} copies the replies).
     */
    private static void release(TurnContext turn) {
        if (turn == null) {
            return;
        }
        turn.getTurnState().getTurnStateServices().clear();
        if (turn instanceof TurnContextImpl impl) {
            impl.getBufferedReplyActivities().clear();
        }
    }

    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl,
                                                                         AppCredentials usingAppCredentials) {
        try {
            return CompletableFuture.completedFuture(connectors.forServiceUrl(serviceUrl,
                    usingAppCredentials == null ? MicrosoftAppCredentials.empty() : usingAppCredentials));
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        if (credentials.restrictedToTenant().isEmpty() || !appId.equals(credentials.appId())) {
            return super.buildAppCredentials(appId, scope);
        }
        return CompletableFuture.completedFuture(new MicrosoftAppCredentials(
                appId, credentials.appPassword(), credentials.restrictedToTenant().get(), scope));
    }
}
