package io.postkamer.benchmarks;

import io.postkamer.mailbox.Principal;
import io.postkamer.mailbox.m365.Microsoft365MailboxService;
import io.postkamer.mailbox.m365.Microsoft365Settings;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The people picker on a 100,000-account directory (one in twenty a shared mailbox's) whose Graph answers
 * after 80 ms: a keystroke with a prefix nobody typed before on a fresh client (cold: the search, then the
 * purposes of the accounts it found), one typed before (warm), and whole names typed letter by letter by
 * several people, counting Graph round trips per keystroke and how many of them asked for purposes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PeopleSearchBenchmark {
    static final int PEOPLE = 100_000;
    static final int GRAPH_DELAY_MS = 80;
    private static final String[] NAMES = {
        "johanna", "joris", "jonas", "josephine", "johan de vries", "sanne", "emilie", "lotte", "bram", "van den berg"
    };

    @State(Scope.Benchmark)
    public static class Graph {
        Directory directory;
        Microsoft365Settings settings;
        HttpClient http;

        @Setup(Level.Trial)
        public void start() {
            directory = new Directory(PEOPLE, GRAPH_DELAY_MS);
            URI base = URI.create(directory.baseUrl());
            settings = Microsoft365Settings.of(
                            "4a34b50b-bfd4-4b04-92cf-507e4375d569",
                            "benchmark",
                            new Microsoft365Settings.ClientSecret("unused"))
                    .withEndpoints(base, base, Microsoft365Settings.AUTHORITY);
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }

        Microsoft365MailboxService newService() {
            return Microsoft365MailboxService.builder(settings)
                    .httpClient(http)
                    .accessTokens(scope -> "benchmark")
                    .build();
        }

        @TearDown(Level.Trial)
        public void stop() {
            directory.close();
        }
    }

    /** A fresh client per invocation: every prefix is new to it. */
    @State(Scope.Thread)
    public static class Cold {
        Microsoft365MailboxService service;
        int n;

        @Setup(Level.Invocation)
        public void fresh(Graph graph) {
            service = graph.newService();
            n++;
        }
    }

    @State(Scope.Thread)
    public static class Warm {
        Microsoft365MailboxService service;

        @Setup(Level.Trial)
        public void warm(Graph graph) {
            service = graph.newService();
            service.searchPrincipals("joh", 10);
        }
    }

    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class Calls {
        public long keystrokes;
        public long graphCalls;
        public long purposeCalls;

        @Setup(Level.Iteration)
        public void clear() {
            keystrokes = 0;
            graphCalls = 0;
            purposeCalls = 0;
        }
    }

    @Benchmark
    public List<Principal> coldKeystroke(Cold cold) {
        return cold.service.searchPrincipals(NAMES[cold.n % NAMES.length].substring(0, 3), 10);
    }

    @Benchmark
    public List<Principal> warmKeystroke(Warm warm) {
        return warm.service.searchPrincipals("Joh", 10);
    }

    /**
     * Ten people on one bot each type a name letter by letter (two of them the same name), with one
     * typo corrected; the bot's one client serves them all. Reports keystrokes and Graph calls.
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 5)
    public int typingNames(Graph graph, Calls calls) {
        Microsoft365MailboxService service = graph.newService();
        long before = graph.directory.calls();
        long purposesBefore = graph.directory.purposeCalls();
        AtomicInteger found = new AtomicInteger();
        for (String name : NAMES) {
            for (int i = 1; i <= Math.min(name.length(), 6); i++) {
                found.addAndGet(
                        service.searchPrincipals(name.substring(0, i), 10).size());
                calls.keystrokes++;
            }
            service.searchPrincipals(name.substring(0, 2) + "x", 10); // a typo ...
            service.searchPrincipals(name.substring(0, 2), 10); // ... taken back
            calls.keystrokes += 2;
        }
        calls.graphCalls += graph.directory.calls() - before;
        calls.purposeCalls += graph.directory.purposeCalls() - purposesBefore;
        return found.get();
    }
}
