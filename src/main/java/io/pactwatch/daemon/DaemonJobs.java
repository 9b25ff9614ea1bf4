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
 * evaluation that died half-way repeats it without a second message (the outbox's unique keys).
 */
final class DaemonJobs {

    private DaemonJobs() {
    }

    /** Evaluates as of the fire time's date in the configured zone, then delivers. */
    @DisallowConcurrentExecution
    static final class EvaluationJob implements Job {

        private final Daemon daemon;

        EvaluationJob(Daemon daemon) {
            this.daemon = daemon;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            ZoneId zone = daemon.settings().daemon().zone();
            daemon.evaluateAndDeliver(context.getScheduledFireTime().toInstant().atZone(zone).toLocalDate());
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
            if (type == EvaluationJob.class) {
                return new EvaluationJob(daemon);
            }
            if (type == DeliveryJob.class) {
                return new DeliveryJob(daemon);
            }
            throw new SchedulerException("not a Pactwatch job: " + type.getName());
        };
    }
}
