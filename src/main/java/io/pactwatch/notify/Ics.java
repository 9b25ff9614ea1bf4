package io.pactwatch.notify;

import io.pactwatch.ledger.CalendarEntry;
import io.pactwatch.model.Commitment;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The digest's calendar attachment (RFC 5545): METHOD:PUBLISH, one all-day VEVENT per upcoming deadline, with
 * the UID and SEQUENCE the ledger keeps per commitment. Sent as an attachment, not a text/calendar body part,
 * because Outlook shows a PUBLISH body as raw text (docs/architecture.md).
 */
public final class Ics {

    static final String PRODUCT = "-//Pactwatch//Pactwatch digest//EN";

    /** One deadline: the commitment and its calendar identity. */
    public record Deadline(Commitment commitment, CalendarEntry entry) {
    }

    private Ics() {
    }

    /**
     * The calendar text; {@code stamp} is the DTSTAMP (the evaluation's clock, so re-renders are identical);
     * {@code organizer} the sender's address (RFC 5546 3.2.1: a PUBLISHed VEVENT names its ORGANIZER).
     */
    public static String of(List<Deadline> deadlines, Instant stamp, String organizer) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        for (Deadline deadline : deadlines) {
            calendar.add(event(deadline, stamp, organizer));
        }
        StringWriter out = new StringWriter();
        try {
            // CalendarOutputter folds long lines at 75 octets (RFC 5545 3.1); Calendar.toString() does not. Not
            // validating: every event has the same properties, set here (the tests validate the calendar), and
            // ical4j's validation of each event was the larger part of a 10^5-alert digest's calendar time
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(Deadline deadline, Instant stamp, String organizer) {
        Commitment c = deadline.commitment();
        LocalDate day = deadline.entry().due();
        VEvent event = new VEvent(false); // no automatic DTSTAMP from the wall clock: we add the evaluation's
        event.add(new DtStamp(stamp));
        event.add(new Uid(deadline.entry().uid()));
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        event.add(new Sequence(deadline.entry().sequence()));
        // All-day: DATE values, DTEND exclusive (RFC 5545 3.6.1).
        event.add(new DtStart<>(day));
        event.add(new DtEnd<>(day.plusDays(1)));
        event.add(new Summary("Deadline: " + c.label()));
        event.add(new Description(c.title() + "\nwindow " + c.due().range() + " (" + c.due().text() + ")"
                + (c.quote() == null ? "" : "\n\u201c" + c.quote() + "\u201d") + "\nPactwatch id: " + c.id()));
        return event;
    }
}
