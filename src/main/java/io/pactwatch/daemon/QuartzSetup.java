package io.pactwatch.daemon;

import io.pactwatch.config.DaemonSettings;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.Set;
import java.util.TimeZone;

/**
 * Quartz on the application's database: JobStoreTX over the application's own pool (the tables come from the
 * Flyway migration V2), clustered on PostgreSQL when configured. No home-made scheduler or leader election.
 */
final class QuartzSetup {

    /** The keys are stored in the Quartz tables: renaming them would leave every stored schedule behind. */
    static final JobKey PASS_JOB = JobKey.jobKey("evaluation", "pactwatch");
    static final JobKey DELIVERY_JOB = JobKey.jobKey("delivery", "pactwatch");
    static final TriggerKey PASS_TRIGGER = TriggerKey.triggerKey("evaluation", "pactwatch");
    private static final String DATA_SOURCE = "pactwatch";
    /** One thread per job: each job is @DisallowConcurrentExecution, so more could never run. */
    private static final int THREADS = 2;
    /**
     * A fire more than this late is a misfire, handled by "fire once now" (Quartz's default of 60 s would replay
     * every fire missed during a short outage one after the other).
     */
    static final long MISFIRE_THRESHOLD_MILLIS = 5_000;

    private QuartzSetup() {
    }

    static Scheduler create(DataSource dataSource, DaemonSettings settings) throws SchedulerException {
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new PoolProvider(dataSource));
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", "pactwatch");
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", String.valueOf(THREADS));
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        // One DDL and one delegate for H2 (PostgreSQL mode) and PostgreSQL: BYTEA columns read with getBytes.
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.misfireThreshold", String.valueOf(MISFIRE_THRESHOLD_MILLIS));
        p.setProperty("org.quartz.jobStore.isClustered", String.valueOf(settings.cluster()));
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(settings.clusterCheckin().toMillis()));
        return new StdSchedulerFactory(p).getScheduler();
    }

    /**
     * Declares the two jobs. An evaluation trigger already stored with the same cron and zone is kept, so that a
     * daemon that was down at fire time finds its misfire and evaluates once when it comes back. A new trigger's
     * first fire is the cron's first time after {@code clock}'s now (Quartz would read the system clock).
     */
    static void schedule(Scheduler scheduler, DaemonSettings settings, Clock clock) throws SchedulerException {
        JobDetail pass = JobBuilder.newJob(DaemonJobs.ScheduledPassJob.class).withIdentity(PASS_JOB)
                .requestRecovery().storeDurably().build();
        CronTrigger cron = TriggerBuilder.newTrigger().withIdentity(PASS_TRIGGER)
                .forJob(PASS_JOB).startAt(Date.from(clock.instant()))
                .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron())
                        .inTimeZone(TimeZone.getTimeZone(settings.zone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        Trigger stored = scheduler.getTrigger(cron.getKey());
        if (!(stored instanceof CronTrigger old && old.getCronExpression().equals(settings.cron())
                && old.getTimeZone().toZoneId().equals(settings.zone()))) {
            scheduler.scheduleJob(pass, Set.of(cron), true);
        } else {
            // The stored job names its class; one stored by an earlier version may name a class since renamed.
            scheduler.addJob(pass, true);
        }
        if (scheduler.getTriggerState(PASS_TRIGGER) == Trigger.TriggerState.ERROR) {
            // Left by a node that could not load the job's class (an older version beside this one): Quartz never
            // fires it again by itself. Reset, a fire it missed is made up as any misfire.
            scheduler.resetTriggerFromErrorState(PASS_TRIGGER);
        }
        JobDetail delivery = JobBuilder.newJob(DaemonJobs.DeliveryJob.class).withIdentity(DELIVERY_JOB)
                .requestRecovery().storeDurably().build();
        Trigger every = TriggerBuilder.newTrigger().withIdentity(TriggerKey.triggerKey("delivery", "pactwatch"))
                .forJob(DELIVERY_JOB)
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.deliveryInterval().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
        scheduler.scheduleJob(delivery, Set.of(every), true);
    }

    /** Hands Quartz connections from the application's pool. */
    private record PoolProvider(DataSource dataSource) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool belongs to the application and is closed after Quartz (docs/architecture.md: H2 kept open, the shutdown order)
        }

        @Override
        public void initialize() {
            // the pool is already open
        }
    }
}
