package io.pactwatch.notify;

import io.pactwatch.ledger.CalendarEntry;
import io.pactwatch.ledger.Deadlines;
import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Commitment;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One digest per recipient, and its message: the notices grouped by commitment, with a calendar entry per
 * upcoming deadline (tracked for all digests at once, so that each commitment's entry is read and written once).
 */
final class ComposeStage implements PassStage {

    private final DigestMail mail;

    ComposeStage(DigestMail mail) {
        this.mail = mail;
    }

    @Override
    public String name() {
        return "compose";
    }

    @Override
    public void run(PassState pass) throws SQLException {
        // each digest's upcoming deadlines, found once (a pass over its groups and a sort)
        record Upcoming(Digest digest, List<Commitment> deadlines) {
        }
        List<Upcoming> digests = new ArrayList<>();
        Map<String, LocalDate> due = new LinkedHashMap<>();
        for (Map.Entry<String, List<Notice>> routed : pass.routed.entrySet()) {
            Digest digest = Digest.of(routed.getKey(), pass.asOf, routed.getValue(), pass.known, pass.progress);
            List<Commitment> upcoming = digest.upcomingDeadlines();
            upcoming.forEach(c -> due.put(c.id(), c.due().end()));
            digests.add(new Upcoming(digest, upcoming));
        }
        Map<String, CalendarEntry> entries = Deadlines.track(pass.connection, due);
        for (Upcoming upcoming : digests) {
            Digest digest = upcoming.digest();
            List<Ics.Deadline> deadlines = new ArrayList<>();
            for (Commitment commitment : upcoming.deadlines()) {
                deadlines.add(new Ics.Deadline(commitment, entries.get(commitment.id())));
            }
            pass.digests.add(digest);
            pass.messages.add(mail.compose(digest, deadlines, pass.now));
        }
    }
}
