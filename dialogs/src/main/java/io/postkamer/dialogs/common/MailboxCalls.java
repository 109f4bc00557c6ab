package io.postkamer.dialogs.common;

import io.postkamer.mailbox.MailboxAdministrators;
import io.postkamer.mailbox.MailboxException;
import io.postkamer.mailbox.MailboxService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the blocking mailbox calls off the turn's thread and hands back an {@link Attempt}, so that a
 * {@link MailboxException} is an answer to show, never a crash. Anything else still fails the future.
 */
public final class MailboxCalls {
    private final MailboxService service;
    private final MailboxAdministrators administrators;
    private final Executor executor;

    public MailboxCalls(MailboxService service, Executor executor) {
        this.service = service;
        this.administrators = new MailboxAdministrators(service);
        this.executor = executor;
    }

    public MailboxService service() {
        return service;
    }

    public Executor executor() {
        return executor;
    }

    /** A call that reads or that needs no administrator (a people search, a readiness check). */
    public <T> CompletableFuture<Attempt<T>> read(Function<MailboxService, T> call) {
        return run(() -> call.apply(service));
    }

    /**
     * A change: the directory is asked again, now, whether this person may make it, and only then is
     * the change made.
     */
    public <T> CompletableFuture<Attempt<T>> change(String actorId, Function<MailboxService, T> call) {
        return run(() -> {
            administrators.requireAdministrator(actorId);
            return call.apply(service);
        });
    }

    public CompletableFuture<Attempt<Boolean>> isAdministrator(String actorId) {
        return run(() -> administrators.isAdministrator(actorId));
    }

    private <T> CompletableFuture<Attempt<T>> run(Supplier<T> call) {
        return CompletableFuture.supplyAsync(call, executor)
                .handle((value, error) -> {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null
                            ? error.getCause() : error;
                    if (cause == null) {
                        return Attempt.succeeded(value);
                    }
                    if (cause instanceof MailboxException refusal) {
                        return Attempt.failed(refusal);
                    }
                    throw new CompletionException(cause);
                });
    }
}
