package io.pactwatch.daemon;

import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.notify.Envelope;
import io.pactwatch.notify.MailSettings;
import io.pactwatch.notify.Outbox;
import io.pactwatch.notify.OutboxMessage;
import io.pactwatch.notify.TestMessage;
import io.pactwatch.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Tells the {@code daemon.admin} recipients that an edit was rejected, through the outbox so that the message
 * survives an SMTP outage like any other. One message per distinct set of problems per recipient: saving the
 * same broken file twice does not send twice.
 */
final class AdminAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAlerts.class);

    private final Database db;
    private final MailSettings mail;
    private final List<String> admins;
    private final Clock clock;

    AdminAlerts(Database db, MailSettings mail, List<String> admins, Clock clock) {
        this.db = db;
        this.mail = mail;
        this.admins = admins;
        this.clock = clock;
    }

    void reloadRejected(String problems) {
        if (admins.isEmpty()) {
            LOG.warn("no daemon.admin recipients configured: the rejected reload is only in this log");
            return;
        }
        String key = "admin/reload/" + Fingerprint.hash(problems, 16);
        db.inTransaction(c -> {
            for (String admin : admins) {
                Envelope envelope = TestMessage.plain(mail, admin, "[Pactwatch] an edit was rejected; the previous "
                        + "version keeps running", "Pactwatch rejected an edit to its rules, registry or templates. "
                        + "The previous version keeps running until the files are fixed.\n\n" + problems + "\n",
                        key.replace('/', '-'), clock.instant());
                Outbox.enqueue(c, new OutboxMessage(key + "/" + admin, admin,
                        "[Pactwatch] an edit was rejected", envelope.raw()), clock.instant());
            }
            return null;
        });
    }
}
