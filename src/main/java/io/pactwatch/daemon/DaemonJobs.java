package io.pactwatch.daemon;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

import java.time.ZoneId;

/**
 * The daemon's two Quartz jobs, and the factory that gives them the running daemon. Both are
 * {@link DisallowConcurrentExecution} (cluster-wide per job, docs/architecture.md) and idempotent: a recovered run of an
 * pass that died half-way repeats it without a second message (the outbox's unique keys).
 */
final class DaemonJobs {

    private DaemonJobs() {
    }

    /**
     * Runs the notifying pass as of the scheduled fire time's date in the configured zone, then delivers. The
     * scheduled time, not the time it actually fired: a run recovered or fired late is still as of its own day.
     */
    @DisallowConcurrentExecution
    static final class ScheduledPassJob implements Job {

        private final Daemon daemon;

        ScheduledPassJob(Daemon daemon) {
            this.daemon = daemon;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            ZoneId zone = daemon.settings().daemon().zone();
            daemon.passAndDeliver(context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate());
        }
    }

    /** Delivers what the outbox holds that is due. */
    @DisallowConcurrentExecution
    static final class DeliveryJob implements Job {

        private final Daemon daemon;

        DeliveryJob(Daemon daemon) {
            this.daemon = daemon;
        }

        @Override
        public void execute(JobExecutionContext context) {
            daemon.deliver();
        }
    }

    /** Creates the jobs with the daemon they work for (Quartz would otherwise need no-argument constructors). */
    static JobFactory factory(Daemon daemon) {
        return (TriggerFiredBundle bundle, Scheduler scheduler) -> {
            Class<? extends Job> type = bundle.getJobDetail().getJobClass();
            if (type == ScheduledPassJob.class) {
                return new ScheduledPassJob(daemon);
            }
            if (type == DeliveryJob.class) {
                return new DeliveryJob(daemon);
            }
            throw new SchedulerException("not a Pactwatch job: " + type.getName());
        };
    }
}
