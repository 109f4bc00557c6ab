package io.postkamer.dialogs.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The one pool the blocking Graph and Exchange calls run on, off the turns' threads. Its size is a setting
 * ({@code postkamer.mailbox.threads}): enough for the tenant's call budget, few enough not to flood it.
 */
public final class MailboxThreads {
    /** As many calls at once as the default Graph and Exchange budgets allow together. */
    public static final int DEFAULT_SIZE = 32;

    private MailboxThreads() {}

    public static ExecutorService pool(int threads) {
        return pool(threads, UnaryOperator.identity());
    }

    /**
     * The pool, each thread made by the host's factory around ours.
     *
     * @param around what the host adds to each thread (the bot: the service's file handles)
     */
    public static ExecutorService pool(int threads, UnaryOperator<ThreadFactory> around) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, around.apply(runnable -> {
            Thread thread = new Thread(runnable, "mailbox-call-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }));
    }
}
