package io.postkamer.bot.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Callers let go at the same moment, each on its own thread, as instances sharing one database would be. */
public final class Racing {
    private Racing() {}

    /** What each of {@code callers} got, in their order; caller {@code i} runs {@code call.apply(i)}. */
    public static <T> List<T> answers(int callers, IntFunction<Callable<T>> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                Callable<T> own = call.apply(i);
                running.add(threads.submit(() -> {
                    go.await();
                    return own.call();
                }));
            }
            go.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> answer : running) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdown();
        }
    }

    /** How many of {@code callers} were told yes: for a claim, one at most. */
    public static long winners(int callers, IntFunction<Callable<Boolean>> call) throws Exception {
        return answers(callers, call).stream().filter(Boolean::booleanValue).count();
    }
}
