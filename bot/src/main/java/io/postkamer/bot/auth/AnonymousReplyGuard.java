package io.postkamer.bot.auth;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.DeliveryModes;
import io.postkamer.dialogs.connector.ServiceUrlPolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where the bot may post. Without credentials anyone can call the bot, and the bot posts its replies
 * to whatever {@code serviceUrl} the caller names. So an anonymous bot only posts to this machine (the
 * local chat page's connector, the Bot Framework Emulator), and never becomes a way to make requests
 * to other hosts. With credentials the bot's token goes with every post, so only over https (or to
 * this machine). Checked when an activity arrives and again on every request the connector client
 * makes.
 */
public final class AnonymousReplyGuard implements ServiceUrlPolicy {
    private final boolean anonymous;

    public AnonymousReplyGuard(BotCredentials credentials) {
        this.anonymous = credentials.isAnonymous();
    }

    public boolean admits(Activity activity) {
        if (!anonymous || DeliveryModes.EXPECT_REPLIES.toString().equals(activity.getDeliveryMode())) {
            // With credentials the service URL is the one the channel's token was issued for.
            return true;
        }
        try {
            return admits(URI.create(activity.getServiceUrl()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    @Override
    public boolean admits(URI serviceUrl) {
        String scheme =
                serviceUrl.getScheme() == null ? "" : serviceUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return false;
        }
        return isLoopback(serviceUrl.getHost()) || (!anonymous && scheme.equals("https"));
    }

    private static boolean isLoopback(String host) {
        try {
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
