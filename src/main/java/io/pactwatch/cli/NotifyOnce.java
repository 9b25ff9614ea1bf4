package io.pactwatch.cli;

import io.pactwatch.config.Settings;
import io.pactwatch.app.Application;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Counted;
import io.pactwatch.notify.Delivery;
import io.pactwatch.notify.NotifyingPass;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/** One notifying pass and one delivery run: {@code evaluate --notify} and {@code run --once}. */
final class NotifyOnce {

    private NotifyOnce() {
    }

    /** @return {@link Main#OK}, or {@link Main#MAIL_FAILED} when delivery paused on a mail misconfiguration */
    static int run(Settings settings, Main main, LocalDate day, Consumer<List<Alert>> alerts, PrintWriter summary,
                   PrintWriter err) {
        try (Application app = Application.open(settings, main.clock(), main.env())) {
            // The transport (its password variable) is checked before the pass stores anything: found after, the
            // decisions would be stored and their messages left waiting for a mail setting.
            Delivery delivery = app.delivery();
            NotifyingPass.Result result = app.notifyingPass().run(day);
            alerts.accept(result.alerts());
            Delivery.Report report = delivery.deliverDue();
            summary.println("Notified: " + Counted.of(result.notices().size(), "alert") + " to tell, "
                    + Counted.of(result.enqueued(), "digest") + " enqueued; delivery via " + settings.mail().describe()
                    + ": " + report.sent() + " sent, "
                    + report.retried() + " to retry, " + report.dead() + " dead"
                    + (report.untried() > 0 ? ", " + report.untried() + " not tried" : ""));
            if (report.tooLarge() > 0) {
                err.println("warning: " + report.tooLarge() + " digest(s) refused by the mail server as too large;"
                        + " their alerts are told again by the next pass, in digests of at most "
                        + app.outbox().digestBudget(settings.mail()) + " bytes (`pactwatch outbox list`)");
            }
            if (report.stopped()) {
                err.println("warning: delivery stopped early: " + report.stoppedBecause()
                        + "; the rest wait in the outbox for the next run (`pactwatch outbox`)");
            }
            if (report.paused()) {
                err.println("error: delivery paused: " + report.pausedBecause()
                        + "; the messages wait in the outbox (`pactwatch outbox`)");
                return Main.MAIL_FAILED;
            }
            return Main.OK;
        }
    }
}
