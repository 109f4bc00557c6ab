package io.postkamer.dialogs.reviews;

import io.postkamer.dialogs.audit.DirectoryNames;
import io.postkamer.dialogs.requests.PersonalDelivery;
import io.postkamer.dialogs.requests.Reach;
import io.postkamer.dialogs.requests.RequestRecorder;
import io.postkamer.dialogs.requests.Requests;
import io.postkamer.mailbox.MailboxService;
import java.util.concurrent.Executor;

/** The parts of access reviews, wired once, for the conversation and the scheduler alike. */
record ReviewParts(
        ReviewViews views,
        ReviewNotices notices,
        ReviewPreparation preparation,
        ReviewApply apply,
        ReviewDeadlines deadlines,
        RequestRecorder recorder) {

    /** @param calls where opening a chat runs: never a turn's thread */
    static ReviewParts of(
            MailboxService service,
            Requests requests,
            Reviews reviews,
            DirectoryNames names,
            Executor calls,
            String instance) {
        Reach reach = new Reach(requests);
        RequestRecorder recorder = new RequestRecorder(requests, names);
        ReviewViews views = new ReviewViews(requests, reviews.store(), names);
        ReviewNotices notices = new ReviewNotices(new PersonalDelivery(requests, reach, calls), reach, recorder, names);
        ReviewPreparation preparation = new ReviewPreparation(service, requests, reviews, views, notices);
        ReviewApply apply = new ReviewApply(service, reviews.store(), recorder, notices, requests.clock());
        ReviewDeadlines deadlines =
                new ReviewDeadlines(requests, reviews, preparation, apply, views, notices, recorder, instance);
        return new ReviewParts(views, notices, preparation, apply, deadlines, recorder);
    }
}
