package io.postkamer.dialogs.requests;

import io.postkamer.cards.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A request as one line of a list ("my requests", "approvals", the queue): who asked, for what (the
 * rights in words and the mailbox's name), since when in words, and where it stands.
 */
final class RequestLines {
    /** Up to a week, "3 days ago" reads best; older, the day it was asked. */
    private static final Duration IN_WORDS = Duration.ofDays(7);

    private final Requests requests;
    private final RequestViews views;

    RequestLines(Requests requests, RequestViews views) {
        this.requests = requests;
        this.views = views;
    }

    String text(Texts texts, AccessRequest request) {
        return texts.get(
                "request.list.line",
                request.number(),
                what(texts, request),
                request.requesterName(),
                since(texts, request.createdAt()),
                state(texts, request));
    }

    private static String what(Texts texts, AccessRequest request) {
        return request.isNewMailbox()
                ? texts.get("request.list.newMailbox", request.mailboxName())
                : texts.get("request.list.access", RequestViews.rights(texts, request), request.mailboxName());
    }

    private String since(Texts texts, Instant asked) {
        Duration age = Duration.between(asked, requests.clock().instant());
        return age.compareTo(IN_WORDS) < 0
                ? texts.ago(age)
                : texts.get(
                        "request.list.on",
                        texts.date(asked.atZone(ZoneOffset.UTC).toLocalDate()));
    }

    private String state(Texts texts, AccessRequest request) {
        if (request.isPending()) {
            return texts.get("request.list.waiting", views.waitingFor(texts, request));
        }
        if (views.awaitsCreation(request)) {
            return texts.get(
                    "request.list.toCreate",
                    request.decidedByName().orElse(""),
                    request.decidedAt()
                            .map(at -> texts.date(at.atZone(ZoneOffset.UTC).toLocalDate()))
                            .orElse(""));
        }
        return views.status(texts, request);
    }
}
