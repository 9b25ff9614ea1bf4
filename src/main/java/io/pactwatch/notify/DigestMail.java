package io.pactwatch.notify;

import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.ledger.Notice;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * Turns a digest into the message that goes into the outbox: multipart/mixed of a multipart/alternative
 * (text, then HTML: RFC 2046 5.1.4, the last part is the richest) and the {@code deadlines.ics} attachment.
 */
public final class DigestMail {

    static final String ATTACHMENT = "deadlines.ics";
    /** A digest of up to this many alerts is built whole first; a larger one is sized from a sample this big. */
    static final int SAMPLE = 200;
    /**
     * Thread roots named in References, most severe commitments first: a digest of 10^5 commitments would
     * otherwise carry megabytes of header that no client threads by (docs/email.md).
     */
    static final int MAX_REFERENCES = 100;
    /** Aim this far under the budget when sizing from the sample, so that one more try rarely is needed. */
    static final double HEADROOM = 0.9;
    /** What a digest starts from before its alerts, and about what each alert told in full adds (bytes). */
    private static final int INITIAL_BYTES = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(DigestMail.class);

    private final Templates templates;
    private final String from;
    private final String domain;
    private final String command;
    private final ActionLinks links;
    private final IntSupplier budget;
    private final Session session = Session.getInstance(new Properties());

    /**
     * @param command how recipients run Pactwatch, for the acknowledge lines ("bin/pactwatch") when there are no links
     * @param links   the web console's action links; {@link ActionLinks#none()} without {@code web.base-url}
     */
    public DigestMail(Templates templates, MailSettings mail, String command, ActionLinks links) {
        this(templates, mail, command, links, mail::maxMessageBytes);
    }

    /** @param budget each digest's size budget in bytes, asked for each digest (it may learn the server's limit) */
    public DigestMail(Templates templates, MailSettings mail, String command, ActionLinks links, IntSupplier budget) {
        this.templates = templates;
        this.from = mail.from();
        this.domain = mail.domain();
        this.command = command;
        this.links = links;
        this.budget = budget;
    }

    /** The digest's idempotency key: the day, the recipient and exactly what is told. */
    static String key(Digest digest) {
        String content = digest.notices().stream().map(n -> n.fingerprint() + ":" + n.kind())
                .sorted().collect(Collectors.joining(","));
        return "digest/" + digest.asOf() + "/" + digest.recipient() + "/" + Fingerprint.hash(content, 16);
    }

    /**
     * The digest's message, never over the size budget: when telling everything would exceed it, the most severe
     * alerts are told in full and the rest summarised by rule and party (with the console's address), as many in
     * full as fit. Every alert of the digest is still in the ledger, {@code pactwatch alerts} and the console.
     */
    OutboxMessage compose(Digest digest, List<Ics.Deadline> deadlines, Instant now) {
        int budget = this.budget.getAsInt();
        // what every size of this digest shares (its order, key, subject, counts) is worked out once: a digest
        // over its budget is built up to four times, and its size-independent parts are O(alerts)
        Told told = new Told(digest);
        int total = told.all().size();
        OutboxMessage message = build(told, deadlines, now, total <= SAMPLE ? total : SAMPLE, budget);
        if (total <= SAMPLE && size(message) <= budget) {
            return message;
        }
        int builds = 1;
        int inFull;
        if (total > SAMPLE && (double) size(message) / SAMPLE * total <= budget * HEADROOM) {
            // the whole digest fits at the sample's bytes per alert with its summary counted as if it grew with them:
            // the estimate below would choose it too (it only subtracts the summary), so it is built whole at once
            // without sizing (the next day's digests are mostly such)
            inFull = total;
        } else {
            // bytes per alert told in full, from the sample against none in full: the rest of a digest is the summary
            OutboxMessage none = build(told, deadlines, now, 0, budget);
            builds++;
            int sample = Math.min(total, SAMPLE);
            double perAlert = Math.max(1, (size(message) - size(none)) / (double) sample);
            inFull = (int) Math.min(total, Math.max(0, (budget * HEADROOM - size(none)) / perAlert));
        }
        message = build(told, deadlines, now, inFull, budget);
        builds++;
        while (size(message) > budget && inFull > 0) {
            inFull = (int) (inFull * HEADROOM * budget / size(message));
            message = build(told, deadlines, now, inFull, budget);
            builds++;
        }
        LOG.debug("digest for {}: {} of {} alerts in full, {} bytes (budget {}), built {} times", digest.recipient(),
                inFull, total, size(message), budget, builds);
        if (size(message) > budget) {
            throw new IllegalStateException("the digest for " + digest.recipient() + " is " + size(message)
                    + " bytes with no alert told in full, over its size budget (" + budget + " bytes: mail.max-message-bytes,"
                    + " or the mail server's limit if smaller)");
        }
        return message;
    }

    private static int size(OutboxMessage message) {
        return message.raw().length(); // 7-bit: one char, one byte
    }

    /**
     * What a digest's message says whatever number of its alerts it tells in full: its alerts in reading order,
     * its outbox key, subject and firing alerts.
     */
    record Told(Digest digest, DigestView.Reading reading, String key, String subject, List<String> firing) {

        Told(Digest digest) {
            this(digest, DigestView.Reading.of(digest), DigestMail.key(digest), digest.subject(), DigestMail.firing(digest));
        }

        List<Notice> all() {
            return reading.all();
        }
    }

    /** The message with the first {@code inFull} alerts (most severe first) told in full. */
    private OutboxMessage build(Told told, List<Ics.Deadline> deadlines, Instant now, int inFull, int budget) {
        Digest digest = told.digest();
        List<Ics.Deadline> attached = deadlines.size() <= inFull ? deadlines : deadlines.subList(0, inFull);
        try {
            MimeMessage message = new StableIdMessage(session, messageId(told.key()));
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(digest.recipient(), true));
            message.setSubject(told.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(now));
            // RFC 3834: an automatic message; auto-responders must not answer it.
            message.setHeader("Auto-Submitted", "auto-generated");
            thread(message, digest);
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative(DigestView.of(told.reading(), told.subject(), command, links,
                    !attached.isEmpty(), inFull)));
            mixed.addBodyPart(body);
            if (!attached.isEmpty()) {
                mixed.addBodyPart(calendar(attached, now, from));
            }
            message.setContent(mixed);
            message.saveChanges();
            // sized for a full digest at once: growing by doubling copied a 2 MB message about ten times
            ByteArrayOutputStream raw = new ByteArrayOutputStream((int) Math.min(budget, INITIAL_BYTES * (1L + inFull)));
            message.writeTo(raw);
            return new OutboxMessage(told.key(), digest.recipient(), told.subject(),
                    raw.toString(StandardCharsets.US_ASCII), digest.asOf(), told.firing());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot build the digest for " + digest.recipient() + ": " + e, e);
        }
    }

    /**
     * The firing alerts {@code digest} tells, whether in full or in the summary: recorded as told by this pass, so
     * told again if the server refuses the message. (A resolved notice is told once and not recorded as told.)
     */
    private static List<String> firing(Digest digest) {
        return digest.notices().stream().filter(n -> !n.isResolved()).map(Notice::fingerprint).toList();
    }

    private MimeMultipart alternative(Map<String, Object> view) throws MessagingException {
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(templates.text(view), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(templates.html(view), StandardCharsets.UTF_8.name(), "html");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        return alternative;
    }

    private static MimeBodyPart calendar(List<Ics.Deadline> deadlines, Instant now, String organizer) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        byte[] ics = Ics.of(deadlines, now, organizer).getBytes(StandardCharsets.UTF_8);
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(ics,
                "text/calendar; charset=UTF-8; method=PUBLISH")));
        part.setFileName(ATTACHMENT);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /**
     * Threading per commitment (RFC 5322 3.6.4): every digest refers to one thread root per commitment it covers,
     * so that clients gather a commitment's reminders; In-Reply-To names the first (most severe) one.
     */
    private void thread(MimeMessage message, Digest digest) throws MessagingException {
        List<String> roots = digest.groups().stream().limit(MAX_REFERENCES)
                .map(g -> "<thread-" + Fingerprint.hash(g.commitmentId() + "\u0000" + digest.recipient(), 16)
                        + "@" + domain + ">")
                .toList();
        if (!roots.isEmpty()) {
            message.setHeader("In-Reply-To", roots.get(0));
            // one root per folded line: within the 998-octet line limit (RFC 5322 2.1.1) however many there are,
            // in linear time (MimeUtility.fold copies the rest of the value at each fold)
            message.setHeader("References", String.join("\r\n ", roots));
        }
    }

    /** {@code <hash-of-the-outbox-key@domain>}: the same key always gives the same ID. */
    String messageId(String key) {
        return "<" + Fingerprint.hash(key, 32) + "@" + domain + ">";
    }
}
