package io.postkamer.bot.wiring;

import java.util.concurrent.ThreadFactory;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Puts a {@link ServiceFilesClassLoader} in front of the context class loader of the threads that
 * run turns: the request thread for the length of a request, and the threads of the mailbox calls,
 * whose continuations run the rest of a turn.
 */
@Component
public class ServiceFiles {
    private volatile ServiceFilesClassLoader current;

    /** Runs {@code work} on this thread with the caching loader in front of the thread's own. */
    public <T> T around(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader own = thread.getContextClassLoader();
        thread.setContextClassLoader(inFrontOf(own));
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(own);
        }
    }

    /** Threads from {@code threads}, each with the caching loader in front of its own. */
    public ThreadFactory threads(ThreadFactory threads) {
        return task -> {
            Thread thread = threads.newThread(task);
            thread.setContextClassLoader(inFrontOf(thread.getContextClassLoader()));
            return thread;
        };
    }

    /**
     * One loader per application: the web server gives every request the same context class loader,
     * so the one in front of it is made once and kept as long as that stays so.
     */
    private ClassLoader inFrontOf(ClassLoader own) {
        if (own == null || own instanceof ServiceFilesClassLoader) {
            return own;
        }
        ServiceFilesClassLoader known = current;
        if (known != null && known.getParent() == own) {
            return known;
        }
        ServiceFilesClassLoader made = new ServiceFilesClassLoader(own);
        current = made;
        return made;
    }
}
