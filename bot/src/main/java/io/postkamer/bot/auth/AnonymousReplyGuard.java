package io.postkamer.bot.auth;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.DeliveryModes;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Without credentials anyone can call the bot, and the bot posts its replies to whatever
 * {@code serviceUrl} the caller names. So an anonymous bot only posts to this machine (the local
 * chat page uses expectReplies and posts nothing; the Bot Framework Emulator listens on localhost),
 * and never becomes a way to make requests to other hosts.
 */
public final class AnonymousReplyGuard {
    private final boolean anonymous;

    public AnonymousReplyGuard(BotCredentials credentials) {
        this.anonymous = credentials.isAnonymous();
    }

    public boolean admits(Activity activity) {
        if (!anonymous || DeliveryModes.EXPECT_REPLIES.toString().equals(activity.getDeliveryMode())) {
            return true;
        }
        try {
            String host = URI.create(activity.getServiceUrl()).getHost();
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (IllegalArgumentException | UnknownHostException e) {
            return false;
        }
    }
}
