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
 * Tells the {@code daemon.admin} recipients that an edit was rejected, or that digests were refused as too large,
 * through the outbox so that the message survives an SMTP outage like any other. One message per distinct set of
 * problems per recipient: saving the same broken file twice does not send twice.
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
        tell("reload", problems, "[Pactwatch] an edit was rejected; the previous version keeps running",
                "Pactwatch rejected an edit to its rules, registry or templates. "
                        + "The previous version keeps running until the files are fixed.\n\n" + problems + "\n");
    }

    /**
     * Digests the mail server refused as too large: nothing is lost (their alerts are told again by the next
     * pass), but an admin should know that the server's limit is below {@code mail.max-message-bytes}.
     *
     * @param budget the size budget the next pass composes digests within
     */
    void digestsRefused(int count, int budget, String server) {
        String what = count + " digest(s) were refused by " + server + " as too large";
        tell("too-large", clock.instant().toString(), "[Pactwatch] " + what, "Pactwatch: " + what + ".\n\n"
                + "Nothing is lost: their alerts are told again by the next notifying pass, in digests of at most "
                + budget + " bytes (mail.max-message-bytes, or the server's limit if smaller). `pactwatch outbox"
                + " list` shows the refused messages and the server's reply. If this repeats, lower"
                + " mail.max-message-bytes or raise the server's message size limit.\n");
    }

    /** One message per recipient, once per {@code topic} and {@code distinct} content. */
    private void tell(String topic, String distinct, String subject, String body) {
        if (admins.isEmpty()) {
            LOG.warn("no daemon.admin recipients configured: \"{}\" is only in this log", subject);
            return;
        }
        String key = "admin/" + topic + "/" + Fingerprint.hash(distinct, 16);
        db.inTransaction(c -> {
            for (String admin : admins) {
                Envelope envelope = TestMessage.plain(mail, admin, subject, body, key.replace('/', '-'),
                        clock.instant());
                Outbox.enqueue(c, new OutboxMessage(key + "/" + admin, admin, subject, envelope.raw()),
                        clock.instant());
            }
            return null;
        });
    }
}
