package io.pactwatch.daemon;

import io.javalin.util.JavalinException;
import io.pactwatch.app.Application;

import io.pactwatch.config.DaemonSettings;
import io.pactwatch.config.Settings;
import io.pactwatch.model.Counted;
import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.notify.Delivery;
import io.pactwatch.notify.NotifyingPass;
import io.pactwatch.notify.OutboxEntry;
import io.pactwatch.web.HealthRoutes;
import io.pactwatch.web.WebConsole;
import io.pactwatch.web.WebServer;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code pactwatch run}: Quartz fires the notifying pass on its cron and the delivery on its interval; edits to the
 * rules, registry and templates are reloaded as they happen; /health and /metrics report. Closing it stops
 * taking work, lets running jobs finish within the grace period, then closes Quartz, and the database last.
 */
public final class Daemon implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);
    private static final Duration JOB_POLL = Duration.ofMillis(100);

    private final Settings settings;
    private final Clock clock;
    private final Application app;
    private final DaemonMetrics metrics = new DaemonMetrics();
    private final LiveInputs inputs;
    private final DaemonStatus status;
    private final Scheduler scheduler;
    private final InputWatcher watcher;
    private final WebServer web;
    private final WebConsole console;
    private final InputWatcher configWatcher;
    private final AdminAlerts admins;

    private Daemon(Settings settings, Path configFile, Clock clock, Map<String, String> env, String version)
            throws SchedulerException {
        this.settings = settings;
        this.clock = clock;
        this.app = Application.open(settings.withDatabase(settings.database().closedByTheProcess()), clock, env);
        try {
            this.admins = new AdminAlerts(app.db(), settings.mail(), settings.daemon().admins(), clock);
            this.inputs = LiveInputs.load(settings, clock, new LiveInputs.Listener() {
                @Override
                public void reloaded(LiveInputs.Snapshot snapshot) {
                    // logged by LiveInputs
                }

                @Override
                public void rejected(String problems) {
                    metrics.reloadFailed();
                    admins.reloadRejected(problems);
                }
            });
            // The config is not reloaded: a pass it cannot make (no routes) fails the start, not every fire time.
            app.notifyingPass(inputs.current().registry(), inputs.current().rules(), inputs.current().templates());
            app.transport(); // an unset mail password fails the start, not the first delivery after a pass
            metrics.outbox(() -> app.outbox().count(OutboxEntry.PENDING),
                    () -> app.outbox().count(OutboxEntry.DEAD));
            this.scheduler = QuartzSetup.create(app.db().dataSource(), settings.daemon());
            scheduler.setJobFactory(DaemonJobs.factory(this));
            QuartzSetup.schedule(scheduler, settings.daemon(), clock);
            this.watcher = new InputWatcher(List.of(settings.rules(), settings.registry(), settings.templates()),
                    InputWatcher.DEFAULT_DEBOUNCE, inputs::reloadChanged);
            this.status = new DaemonStatus(version, inputs, watcher::problem,
                    () -> app.outbox().count(OutboxEntry.PENDING), () -> app.outbox().count(OutboxEntry.DEAD));
            // Changing the config itself needs a restart (docs/operations.md): the schedule, database and routes are wired once.
            this.configWatcher = configWatcher(configFile);
            java.util.function.Supplier<io.pactwatch.registry.Registry> live = () -> inputs.current().registry();
            this.console = new WebConsole(settings, app.coordination(live, () -> notifyingPass(inputs.current())), live,
                    app.db(), clock, env);
            List<WebServer.Routes> routes = new java.util.ArrayList<>();
            routes.add(new HealthRoutes(status::healthy, status::json, metrics::scrape));
            routes.addAll(console.routes());
            this.web = settings.daemon().healthPort() == 0 ? null : WebServer.create(
                    settings.daemon().healthAddress(), settings.daemon().healthPort(), settings.web().idleTimeout(),
                    routes);
        } catch (RuntimeException | SchedulerException e) {
            app.close();
            throw e;
        }
    }

    /**
     * Starts the daemon. @throws InvalidInputException when the config, registry, rules or templates are invalid,
     * the database cannot be reached or is held by another process, or the health port is taken
     *
     * @param configFile the config file the settings came from, watched only to say that a change needs a
     *                   restart; null when there is none
     */
    public static Daemon start(Settings settings, Path configFile, Clock clock, Map<String, String> env,
                               String version) {
        try {
            Daemon daemon = new Daemon(settings, configFile, clock, env, version);
            daemon.scheduler.start();
            daemon.watcher.start();
            daemon.configWatcher.start();
            daemon.listen();
            LOG.info(daemon.summary(version));
            return daemon;
        } catch (SchedulerException e) {
            throw new InvalidInputException("scheduler", List.of(Problem.at(Path.of("config"), 0,
                    "the scheduler could not start: " + e.getMessage())));
        }
    }

    private void listen() {
        if (web == null) {
            return;
        }
        try {
            web.start();
            console.listening(settings.daemon().healthAddress(), web.port());
        } catch (JavalinException | java.io.UncheckedIOException e) {
            close();
            DaemonSettings d = settings.daemon();
            throw new InvalidInputException("daemon", List.of(Problem.at(Path.of("config"), 0, "cannot listen on "
                    + d.healthAddress() + ":" + d.healthPort() + " for the console, /health and /metrics ("
                    + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage())
                    + "); set daemon.health-port in the config (0 turns the listener off)")));
        }
    }

    private static InputWatcher configWatcher(Path configFile) {
        if (configFile == null) {
            return new InputWatcher(List.of(), InputWatcher.DEFAULT_DEBOUNCE, () -> { });
        }
        java.util.concurrent.atomic.AtomicLong seen = new java.util.concurrent.atomic.AtomicLong(modified(configFile));
        return new InputWatcher(List.of(configFile.toAbsolutePath().getParent()), InputWatcher.DEFAULT_DEBOUNCE, () -> {
            long now = modified(configFile);
            if (seen.getAndSet(now) != now) {
                LOG.warn("{} changed: restart pactwatch to apply it (rules, registry and templates reload by "
                        + "themselves; the config does not)", configFile);
            }
        });
    }

    private static long modified(Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toMillis();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    Settings settings() {
        return settings;
    }

    public DaemonStatus status() {
        return status;
    }

    LiveInputs inputs() {
        return inputs;
    }

    /** The port /health listens on, when it does. */
    public Optional<Integer> healthPort() {
        return Optional.ofNullable(web).map(WebServer::port);
    }

    /** The notifying pass over one snapshot of the live inputs (the scheduled pass, and previews through the API). */
    private NotifyingPass notifyingPass(LiveInputs.Snapshot live) {
        return app.notifyingPass(live.registry(), live.rules(), live.templates());
    }

    /** One pass as of {@code asOf} over the live inputs, then a delivery run. Failures are kept for /health. */
    void passAndDeliver(LocalDate asOf) {
        LiveInputs.Snapshot live = inputs.current();
        Instant start = clock.instant();
        LOG.info("evaluating as of {}", asOf);
        try {
            NotifyingPass.Result result = notifyingPass(live).run(asOf);
            Duration took = Duration.between(start, clock.instant());
            metrics.evaluated(took, true, result.alerts());
            status.recorded(new DaemonStatus.LastPass(clock.instant(), asOf, true, result.alerts().size(), null));
            LOG.info("evaluated as of {}: {}, {} to tell, {} enqueued ({} ms)", asOf,
                    Counted.of(result.alerts().size(), "alert"), result.notices().size(),
                    Counted.of(result.enqueued(), "digest"), took.toMillis());
        } catch (RuntimeException e) {
            metrics.evaluated(Duration.between(start, clock.instant()), false, List.of());
            status.recorded(new DaemonStatus.LastPass(clock.instant(), asOf, false, 0, e.getMessage()));
            LOG.error("evaluation as of {} failed: {}", asOf, e.getMessage(), e);
        }
        deliver();
    }

    /** Delivers the outbox's due messages. */
    void deliver() {
        Delivery.Report report = app.delivery().deliverDue();
        metrics.delivered("sent", report.sent());
        metrics.delivered("failed", report.retried());
        metrics.delivered("dead", report.dead());
        if (report.tooLarge() > 0) {
            admins.digestsRefused(report.tooLarge(), app.outbox().digestBudget(settings.mail()),
                    settings.mail().describe());
        }
        if (report.paused()) {
            LOG.error("DELIVERY PAUSED: {}; messages wait in the outbox until the mail settings are fixed",
                    report.pausedBecause());
        } else if (report.sent() + report.retried() + report.dead() + report.untried() > 0) {
            LOG.info("delivered: {} sent, {} to retry, {} dead, {} not tried{}", report.sent(), report.retried(),
                    report.dead(), report.untried(), report.stopped() ? " (stopped: " + report.stoppedBecause() + ")"
                            : "");
        }
    }

    /** When the schedule next fires the pass, as Quartz has it stored; empty when the cron never fires again. */
    Optional<Instant> nextPass() throws SchedulerException {
        return scheduler.getTriggersOfJob(QuartzSetup.PASS_JOB).stream().map(Trigger::getNextFireTime)
                .filter(java.util.Objects::nonNull).map(java.util.Date::toInstant).findFirst();
    }

    /** The running scheduler, for tests that fire its jobs themselves rather than wait for the cron. */
    Scheduler scheduler() {
        return scheduler;
    }

    private String summary(String version) {
        String next = "none";
        try {
            next = nextPass().map(Instant::toString).orElse("none");
        } catch (SchedulerException e) {
            LOG.warn("cannot read the next fire time: {}", e.getMessage());
        }
        DaemonSettings d = settings.daemon();
        return version + " started: database " + settings.database().describe() + ", "
                + inputs.current().registry().commitments().size() + " commitments, "
                + inputs.current().rules().ruleCount() + " rules, next evaluation " + next + " (cron \"" + d.cron()
                + "\" in " + d.zone() + ")" + (d.cluster() ? ", clustered" : "")
                + (web == null ? ", no listener" : ", console and health on http://" + d.healthAddress() + ":" + web.port() + "/");
    }

    /**
     * Stops taking work, waits up to the grace period for running jobs, then closes Quartz, the watcher, the
     * health listener and the database, in that order (docs/architecture.md: H2 kept open, the shutdown order).
     */
    @Override
    public void close() {
        LOG.info("stopping: no new runs; waiting up to {} s for running jobs", settings.daemon().shutdownGrace().toSeconds());
        try {
            scheduler.standby();
            Instant deadline = Instant.now().plus(settings.daemon().shutdownGrace());
            List<JobExecutionContext> running = scheduler.getCurrentlyExecutingJobs();
            while (!running.isEmpty() && Instant.now().isBefore(deadline)) {
                Thread.sleep(JOB_POLL.toMillis()); // bounded by the grace period; polls the scheduler's own state
                running = scheduler.getCurrentlyExecutingJobs();
            }
            if (!running.isEmpty()) {
                LOG.warn("{} job(s) still running after the grace period; they will be recovered on the next start",
                        running.size());
            }
            scheduler.shutdown(running.isEmpty());
        } catch (SchedulerException e) {
            LOG.error("stopping the scheduler: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            watcher.close();
            configWatcher.close();
            if (web != null) {
                web.close();
            }
            console.close();
            app.close();
            LOG.info("stopped");
        }
    }
}
