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
import io.postkamer.dialogs.common.TraceFilter;
import io.postkamer.dialogs.connector.ConnectorClients;
import io.postkamer.dialogs.connector.ServiceUrlPolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SDK's HTTP adapter with six corrections: authentication is a separate step, so the endpoint
 * can check the authenticated request before any turn runs; a single-tenant bot gets its outgoing
 * tokens from its own tenant (4.14.3 reads no tenant setting); replies go out through
 * {@link ConnectorClients} (plain JSON, no redirects, the service URL checked on every send); trace
 * activities never leave the bot ({@link TraceFilter}); a failed turn tells the person one neutral
 * line and logs the rest ({@link TurnFailure}); and no turn holds its HTTP answer longer than a channel
 * waits ({@link HeldAnswer}).
 */
public class PostkamerAdapter extends BotFrameworkHttpAdapter {
    /** Teams shows an error and sends an activity again when it has no answer after about 15 s. */
    public static final Duration HOLD_AT_MOST = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(PostkamerAdapter.class);
    private final BotCredentials credentials;
    private final CredentialProvider credentialProvider;
    private final ChannelProvider channelProvider = new SimpleChannelProvider();
    private final ConnectorClients connectors;
    /** The longest the channel waits for a turn's HTTP answer before the turn answers and goes on. */
    private final Duration holdAtMost;
    /** Turns run here, so that the request's thread can answer before the turn ends. */
    private final ExecutorService turnThreads;

    private volatile Consumer<String> answeredEarly = why -> {};

    public PostkamerAdapter(BotCredentials credentials, String openIdMetadataUrl, ServiceUrlPolicy serviceUrls) {
        this(credentials, openIdMetadataUrl, serviceUrls, HOLD_AT_MOST);
    }

    public PostkamerAdapter(
            BotCredentials credentials, String openIdMetadataUrl, ServiceUrlPolicy serviceUrls, Duration holdAtMost) {
        this(
                credentials,
                new SimpleCredentialProvider(credentials.appId(), credentials.appPassword()),
                openIdMetadataUrl,
                serviceUrls,
                holdAtMost);
    }

    private PostkamerAdapter(
            BotCredentials credentials,
            CredentialProvider credentialProvider,
            String openIdMetadataUrl,
            ServiceUrlPolicy serviceUrls,
            Duration holdAtMost) {
        super(credentialProvider, new SimpleChannelProvider());
        this.holdAtMost = holdAtMost;
        AtomicInteger number = new AtomicInteger();
        this.turnThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "turn-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
            identity = JwtTokenValidation.authenticateRequest(
                    activity, authHeader, credentialProvider, channelProvider, new AuthenticationConfiguration());
        } catch (RuntimeException e) {
            identity = CompletableFuture.failedFuture(e);
        }
        return identity.handle((claims, failure) -> {
            if (failure == null) {
                return claims;
            }
            Throwable cause =
                    failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            throw new CompletionException(
                    cause instanceof AuthenticationException ? cause : new AuthenticationException(cause));
        });
    }

    /**
     * Runs one turn, and answers the HTTP request when the turn ends, when it shows that it is still at it, or after
     * {@link #holdAtMost} at the latest ({@link HeldAnswer}); a turn answered early goes on.
     *
     * <p>The SDK closes the turn context as soon as it has <em>built</em> the turn's future (try-with-resources in
     * {@code BotFrameworkAdapter.processActivity}), not when the turn ends; a turn that continues on another thread
     * (every mailbox call does) then races the close, which iterates the turn state: a
     * ConcurrentModificationException under load (2 in 20,000 turns with 16 concurrent conversations). Waiting for
     * the turn inside the callback keeps the context open until the turn is over, on a thread of its own, so that
     * the request's thread can answer before then.
     */
    public CompletableFuture<InvokeResponse> process(ClaimsIdentity identity, Activity activity, Bot bot) {
        AtomicReference<TurnContext> context = new AtomicReference<>();
        HeldAnswer held = new HeldAnswer();
        CompletableFuture<InvokeResponse> whole = CompletableFuture.supplyAsync(
                        () -> processActivity(identity, activity, turn -> {
                            context.set(turn);
                            held.attach(turn);
                            try {
                                bot.onTurn(turn).join();
                                return CompletableFuture.completedFuture(null);
                            } catch (CompletionException failed) {
                                return CompletableFuture.failedFuture(
                                        failed.getCause() == null ? failed : failed.getCause());
                            }
                        }),
                        turnThreads)
                .thenCompose(turn -> turn)
                .thenApply(TraceFilter::withoutTraces)
                .whenComplete((answer, failure) -> release(context.get()));
        CompletableFuture<InvokeResponse> answer = new CompletableFuture<>();
        whole.whenComplete((done, failure) -> {
            if (failure != null && answer.isDone()) {
                LOG.error("Turn in conversation {} failed after it was answered", conversationOf(activity), failure);
            } else if (failure != null) {
                answer.completeExceptionally(failure);
            } else {
                answer.complete(done);
            }
        });
        held.early().thenAccept(early -> {
            if (answer.complete(early)) {
                answeredEarly.accept(held.why());
            }
        });
        CompletableFuture.delayedExecutor(holdAtMost.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> {
                    if (!answer.isDone()) {
                        LOG.info(
                                "Turn {} in conversation {} still running after {} ms: answered now, it goes on",
                                activity.getType(),
                                conversationOf(activity),
                                holdAtMost.toMillis());
                        held.giveNow(HeldAnswer.WINDOW);
                    }
                });
        return answer;
    }

    /** Told each time a turn is answered before it ends, and why ({@code working-card} or {@code window}). */
    public void onAnsweredEarly(Consumer<String> listener) {
        this.answeredEarly = listener;
    }

    private static String conversationOf(Activity activity) {
        return activity.getConversation() == null
                ? ""
                : activity.getConversation().getId();
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
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(
            String serviceUrl, AppCredentials usingAppCredentials) {
        try {
            return CompletableFuture.completedFuture(connectors.forServiceUrl(
                    serviceUrl, usingAppCredentials == null ? MicrosoftAppCredentials.empty() : usingAppCredentials));
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
                appId,
                credentials.appPassword(),
                credentials.restrictedToTenant().get(),
                scope));
    }
}
