package io.pactwatch.bench;

import io.pactwatch.app.Application;
import io.pactwatch.model.Kind;
import io.pactwatch.notify.NotifyingPass;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.notify.OutboxMessage;
import io.pactwatch.notify.Route;
import io.pactwatch.registry.Registry;
import io.pactwatch.registry.RegistryLoader;
import io.pactwatch.rules.RuleBase;
import io.pactwatch.store.Database;
import io.pactwatch.store.DatabaseSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole notifying pass at scale, as {@code evaluate --notify} and the daemon run it: evaluate, record the
 * ledger, route, compose a digest per recipient and enqueue, in one transaction of a new H2 file database. Then
 * the next day's pass on the same database, which has little new to tell (the daemon's every day). Each figure
 * is one run after a warm-up pass on the smallest registry: a pass writes the database, so it cannot be repeated
 * on the same state.
 */
public final class PassBenchmark {

    /** The parties with a desk of their own (routes with {@code continue: true}); the rest goes to ops. */
    static final List<String> DESKS = List.of("Russia", "Iran", "China", "EU", "India");
    private static final String FROM = "pactwatch@example.org";

    /** What one size measured. Times in seconds. */
    public record Result(int commitments, int alerts, int notices, int digests, long bytes, double firstDay,
                         int nextDayNotices, double nextDay, long peakHeapBytes) {
    }

    private final Path work;
    private final Path templates;
    private final RuleBase rules;

    public PassBenchmark(RuleBase rules, Path templates, Path work) {
        this.work = work;
        this.templates = templates;
        this.rules = rules;
    }

    public Result measure(int commitments) throws IOException {
        Path dir = Files.createDirectories(work).resolve("pass-db");
        BenchmarkRunner.deleteTree(dir);
        try {
            return measure(commitments, DatabaseSettings.h2File(dir.resolve("pactwatch")).closedByTheProcess());
        } finally {
            BenchmarkRunner.deleteTree(dir);
        }
    }

    /** The same on the database {@code settings} name, which must be new and empty (e.g. a PostgreSQL one). */
    public Result measure(int commitments, DatabaseSettings settings) throws IOException {
        Registry registry = RegistryLoader.load(BenchmarkRunner.registry(work, commitments));
        try (Database db = Database.open(settings, Map.of())) {
            AtomicReference<NotifyingPass.Result> first = new AtomicReference<>();
            double[] firstDay = new double[1];
            long peak = BenchmarkRunner.peakHeapOf(() -> {
                NotifyingPass pass = evaluation(registry, db, BenchmarkRunner.AS_OF);
                long start = System.nanoTime(); // inside: the full collections that measure the heap are not timed
                first.set(pass.run(BenchmarkRunner.AS_OF));
                firstDay[0] = BenchmarkRunner.since(start);
                return first.get();
            });
            LocalDate next = BenchmarkRunner.AS_OF.plusDays(1);
            NotifyingPass nextPass = evaluation(registry, db, next);
            long start = System.nanoTime();
            NotifyingPass.Result second = nextPass.run(next);
            double nextDay = BenchmarkRunner.since(start);
            NotifyingPass.Result r = first.get();
            return new Result(commitments, r.alerts().size(), r.notices().size(), r.messages().size(),
                    bytes(r.messages()), firstDay[0],
                    second.notices().size(), nextDay, peak);
        }
    }

    private NotifyingPass evaluation(Registry registry, Database db, LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return Application.builder(clock).database(db).rules(rules).registry(registry).templates(templates)
                .routes(routes()).mail(MailSettings.plainSmtp("localhost", 25, FROM)).build().notifyingPass();
    }

    static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (String party : DESKS) {
            routes.add(new Route(routes.size() + 1, new Route.Match(Set.of(party), Set.of(), Set.<Kind>of(), Set.of(),
                    Set.of(), null), List.of(party.toLowerCase(java.util.Locale.ROOT) + "-desk@example.org"), true));
        }
        routes.add(new Route(routes.size() + 1, null, List.of("ops@example.org"), false));
        return routes;
    }

    /** The bytes of every message a pass enqueued. */
    static long bytes(List<OutboxMessage> messages) {
        return messages.stream().mapToLong(m -> m.raw().length()).sum();
    }
}
