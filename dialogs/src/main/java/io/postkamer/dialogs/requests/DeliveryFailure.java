package io.postkamer.dialogs.requests;

import com.microsoft.bot.restclient.RestException;
import io.postkamer.dialogs.connector.ConnectorClients;
import io.postkamer.mailbox.MailboxException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Why a notice did not reach someone, in a line for the audit: what happened, not a stack trace. */
final class DeliveryFailure {
    private DeliveryFailure() {}

    static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        for (Throwable inner = cause; inner != null; inner = inner.getCause()) {
            if (inner instanceof RestException rest && rest.response() != null) {
                return "the Bot Connector answered HTTP " + rest.response().code();
            }
            if (inner instanceof ConnectorClients.RefusedServiceUrlException refused) {
                return refused.getMessage();
            }
            if (inner instanceof UnknownHostException unknown) {
                return "unknown host " + unknown.getMessage();
            }
            if (inner instanceof ConnectException) {
                return "the Bot Connector could not be reached";
            }
            if (inner instanceof MailboxException problem) {
                return problem.problem().name() + (problem.arguments().isEmpty() ? "" : " " + problem.arguments());
            }
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
