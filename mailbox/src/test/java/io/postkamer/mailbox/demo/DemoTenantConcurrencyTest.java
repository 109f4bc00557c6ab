package io.postkamer.mailbox.demo;

import static io.postkamer.mailbox.Contoso.RECEPTIE32;
import static org.assertj.core.api.Assertions.assertThat;

import io.postkamer.mailbox.Change;
import io.postkamer.mailbox.NewSharedMailbox;
import io.postkamer.mailbox.Person;
import io.postkamer.mailbox.Right;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Many conversations at once: every call is atomic, nothing is lost or made twice. */
class DemoTenantConcurrencyTest {
    private final DemoTenant tenant =
            DemoTenant.load(DemoTenantSettings.contoso().withClock(MutableClock.monday()));

    @Test
    @DisplayName("the same mailbox asked for by eight threads at once is made once; the others get ALREADY_SO")
    void concurrentCreate() throws Exception {
        List<Change> changes = all(
                8,
                () -> tenant.createSharedMailbox(new NewSharedMailbox("Kantine", "kantine", "contoso.com"))
                        .change());
        assertThat(changes).containsOnlyOnce(Change.MADE);
        assertThat(changes).filteredOn(c -> c == Change.ALREADY_SO).hasSize(7);
        assertThat(tenant.sharedMailboxes())
                .filteredOn(m -> m.alias().equals("kantine"))
                .hasSize(1);
    }

    @Test
    @DisplayName("grants for every person from parallel threads all arrive")
    void concurrentGrants() throws Exception {
        List<String> people = new ArrayList<>();
        "abcdefghijklmnopqrstuvwxyz"
                .chars()
                .forEach(c -> tenant.searchPrincipals(String.valueOf((char) c), 100).stream()
                        .filter(p -> p instanceof Person)
                        .map(p -> p.id())
                        .filter(id -> !people.contains(id))
                        .forEach(people::add));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Change>> futures = new ArrayList<>();
            for (String id : people) {
                futures.add(pool.submit(() -> tenant.grant(RECEPTIE32, id, Right.SEND_ON_BEHALF, false)));
            }
            for (Future<Change> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(tenant.delegates(RECEPTIE32))
                .filteredOn(g -> g.right() == Right.SEND_ON_BEHALF)
                .hasSize(people.size());
    }

    private static <T> List<T> all(int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
