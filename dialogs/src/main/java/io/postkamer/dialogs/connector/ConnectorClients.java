package io.postkamer.dialogs.connector;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.RestClient;
import com.microsoft.bot.restclient.ServiceResponseBuilder;
import java.io.IOException;
import java.net.URI;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The Bot Connector clients the bot posts its replies, card updates and notices with, one per service
 * URL and identity. Unlike the SDK's own they write activities as plain JSON ({@link ConnectorJson}),
 * never follow a redirect, and ask the {@link ServiceUrlPolicy} before every request.
 */
public final class ConnectorClients {
    private final ServiceUrlPolicy policy;
    /** Bounded: without credentials every activity names its own service URL, even under expectReplies. */
    private final Cache<String, ConnectorClient> clients =
            Caffeine.newBuilder().maximumSize(256).build();

    public ConnectorClients(ServiceUrlPolicy policy) {
        this.policy = policy;
    }

    /** The client for this service URL and identity, made on first use. */
    public ConnectorClient forServiceUrl(String serviceUrl, AppCredentials credentials) {
        String key = serviceUrl + "|" + credentials.getAppId() + "|" + credentials.oAuthScope();
        return clients.get(key, ignored -> create(serviceUrl, credentials));
    }

    /** Made for every turn, expectReplies included; only a request that is actually sent is checked. */
    private ConnectorClient create(String serviceUrl, AppCredentials credentials) {
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(chain -> {
                    URI target = chain.request().url().uri();
                    if (!policy.admits(target)) {
                        throw new IOException(new RefusedServiceUrlException(target));
                    }
                    return chain.proceed(chain.request());
                });
        RestClient rest = new RestClient.Builder(http, new Retrofit.Builder())
                .withBaseUrl(serviceUrl)
                .withCredentials(credentials)
                .withSerializerAdapter(new ConnectorJson())
                .withResponseBuilderFactory(new ServiceResponseBuilder.Factory())
                .build();
        return new RestConnectorClient(rest);
    }

    /** A service URL the policy does not admit: nothing was sent there. */
    public static final class RefusedServiceUrlException extends IllegalArgumentException {
        public RefusedServiceUrlException(URI serviceUrl) {
            super("not sending to " + serviceUrl.getScheme() + "://" + serviceUrl.getHost()
                    + (serviceUrl.getPort() < 0 ? "" : ":" + serviceUrl.getPort()));
        }
    }
}
