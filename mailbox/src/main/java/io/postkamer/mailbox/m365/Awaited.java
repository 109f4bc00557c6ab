package io.postkamer.mailbox.m365;

import io.postkamer.mailbox.MailboxException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** The value of work done on another thread, its failure thrown as what it is, so a retry around the caller sees it. */
final class Awaited {
    private Awaited() {}

    static <T> T value(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailboxException.RemoteFailure("mailbox", 0, "interrupted", true, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof MailboxException failed) {
                throw failed;
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
