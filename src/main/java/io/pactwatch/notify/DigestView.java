package io.pactwatch.notify;

import io.pactwatch.ledger.Notice;
import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Severity;
import io.pactwatch.model.Source;
import io.pactwatch.progress.RecordedProgress;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the templates see: plain maps of strings, booleans and lists (the keys are documented in the templates'
 * header comment and docs/notifications.md). Absent values are null, so that {@code {{#quote}}...{{/quote}}}
 * leaves them out. Laid out for a reader with little time: a summary first, then what needs attention (critical
 * and warning) with full context, then info alerts one line each, then what resolved and why.
 */
final class DigestView {

    /** How many of the most urgent alerts the summary names, one line each. */
    static final int URGENT_LINES = 5;
    /** At most this many rule-and-party rows summarise what a digest over its size budget leaves out. */
    static final int OVERFLOW_ROWS = 200;

    /** Colours with a contrast of at least 4.5:1 on white (WCAG 2.1, 1.4.3); the word is always shown too. */
    private static final Map<Severity, String> COLOURS = Map.of(
            Severity.CRITICAL, "#b00020", Severity.WARNING, "#8a4b00", Severity.INFO, "#1f5fa6");

    private DigestView() {
    }

    /**
     * What every view of one digest shares, whatever number of its alerts it tells in full: its notices in reading
     * order, the summary's counts and the rows that summarise what is left out (worked out once: a digest over its size budget is viewed at several sizes).
     */
    record Reading(Digest digest, List<Notice> all, Map<String, Object> summary, Rows rows) {

        static Reading of(Digest digest) {
            List<Notice> all = digest.notices().stream().sorted(Notice.READING_ORDER).toList();
            Map<String, Commitment> commitments = new HashMap<>();
            digest.groups().forEach(g -> g.commitment().ifPresent(c -> commitments.put(g.commitmentId(), c)));
            return new Reading(digest, all, DigestView.summary(all), Rows.of(all, commitments));
        }
    }

    /**
     * @param subject  the digest's subject ({@link Digest#subject()})
     * @param command  how recipients run Pactwatch, for the CLI lines shown when there are no links
     * @param calendar whether the message carries {@code deadlines.ics}
     * @param inFull   how many notices (most severe first) are told in full; the rest are summarised by rule and
     *                 party ({@link Integer#MAX_VALUE}: all)
     */
    static Map<String, Object> of(Reading reading, String subject, String command, ActionLinks links,
                                  boolean calendar, int inFull) {
        Digest digest = reading.digest();
        String to = digest.recipient();
        List<Notice> all = reading.all();
        Set<String> told = new HashSet<>();
        all.stream().limit(inFull).forEach(n -> told.add(n.fingerprint()));

        Map<String, Object> view = new LinkedHashMap<>();
        view.put("asOf", digest.asOf().toString());
        view.put("subject", subject);
        view.put("recipient", to);
        view.put("command", command);
        view.put("links", links.enabled());
        view.put("noLinks", !links.enabled());
        view.put("calendar", calendar);
        view.put("summary", reading.summary());

        List<Map<String, Object>> attention = new ArrayList<>();
        List<Map<String, Object>> info = new ArrayList<>();
        List<Map<String, Object>> resolved = new ArrayList<>();
        List<Map.Entry<Digest.Group, Notice>> urgent = new ArrayList<>();
        for (Digest.Group group : digest.groups()) {
            List<Notice> firing = group.firing().stream().filter(n -> told.contains(n.fingerprint())).toList();
            boolean needsAttention = firing.stream().anyMatch(n -> n.alert().severity() != Severity.INFO);
            if (needsAttention) {
                attention.add(group(group, firing, command, links, to));
            } else {
                firing.forEach(n -> info.add(line(group, n, command, links, to)));
            }
            for (Notice n : group.resolved()) {
                if (told.contains(n.fingerprint())) {
                    Map<String, Object> line = line(group, n, command, links, to);
                    line.put("because", because(group, digest.asOf()));
                    resolved.add(line);
                }
            }
            firing.stream().filter(n -> n.alert().severity() != Severity.INFO)
                    .forEach(n -> urgent.add(Map.entry(group, n)));
        }
        view.put("urgent", urgent.isEmpty() ? null : urgent.stream()
                .sorted(Map.Entry.comparingByValue(Notice.READING_ORDER)).limit(URGENT_LINES)
                .map(e -> line(e.getKey(), e.getValue(), command, links, to)).toList());
        view.put("hasUrgent", !urgent.isEmpty());
        view.put("hasInfo", !info.isEmpty());
        view.put("hasResolved", !resolved.isEmpty());
        view.put("attention", attention.isEmpty() ? null : attention);
        view.put("info", info.isEmpty() ? null : info);
        view.put("resolved", resolved.isEmpty() ? null : resolved);
        view.put("overflow", overflow(reading, told, links, to));
        return view;
    }

    private static Map<String, Object> summary(List<Notice> all) {
        List<Map<String, Object>> counts = new ArrayList<>();
        for (Severity severity : List.of(Severity.CRITICAL, Severity.WARNING, Severity.INFO)) {
            long count = all.stream().filter(n -> !n.isResolved() && n.alert().severity() == severity).count();
            if (count > 0) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("count", count);
                entry.put("severity", severity.label());
                entry.put("SEVERITY", severity.label().toUpperCase(Locale.ROOT));
                entry.put("colour", COLOURS.get(severity));
                counts.add(entry);
            }
        }
        long resolved = all.stream().filter(Notice::isResolved).count();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("counts", counts.isEmpty() ? null : counts);
        summary.put("resolved", resolved == 0 ? null : resolved);
        return summary;
    }

    private static Map<String, Object> group(Digest.Group group, List<Notice> firing, String command,
                                             ActionLinks links, String to) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", group.commitmentId());
        Commitment c = group.commitment().orElse(null);
        view.put("title", title(group));
        view.put("parties", c == null ? null : String.join(", ", c.parties()));
        view.put("window", c == null || c.due() == null ? null : c.due().range() + " (" + c.due().text() + ")"
                + (c.tentative() ? ", tentative" : ""));
        view.put("status", c == null ? null : c.status().label());
        view.put("quote", c == null ? null : c.quote());
        view.put("source", c == null ? null : source(c.source()));
        view.put("coordinators", c == null || c.coordinators().isEmpty() ? null : String.join(", ", c.coordinators()));
        view.put("open", url(links.openCommitment(to, group.commitmentId())));
        view.put("ack", links.enabled() ? null : command + " ack " + group.commitmentId());
        view.put("alerts", firing.stream().map(n -> notice(group, n, command, links, to)).toList());
        return view;
    }

    /** One alert with its actions: the links when the console is configured, else the CLI command. */
    private static Map<String, Object> notice(Digest.Group group, Notice notice, String command, ActionLinks links,
                                              String to) {
        Alert alert = notice.alert();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("rule", alert.rule());
        view.put("severity", alert.severity().label());
        view.put("SEVERITY", alert.severity().label().toUpperCase(Locale.ROOT));
        view.put("colour", COLOURS.get(alert.severity()));
        view.put("dateLabel", DateLabels.of(alert.rule()));
        view.put("due", alert.due() == null ? null : alert.due().toString());
        view.put("message", withoutTitle(group, alert.message()));
        view.put("reason", notice.reason());
        view.put("firstSeen", notice.firstSeen().toString());
        view.put("fingerprint", notice.fingerprint());
        if (!notice.isResolved()) {
            view.put("acknowledge", url(links.acknowledge(to, notice.fingerprint())));
            view.put("recordProgress", url(links.recordProgress(to, notice.fingerprint())));
            view.put("ack", links.enabled() ? null : command + " ack " + notice.fingerprint());
        }
        view.put("open", url(links.openAlert(to, notice.fingerprint())));
        return view;
    }

    /** An alert in one line, under its commitment's title: the compact lists (info, resolved, the summary). */
    private static Map<String, Object> line(Digest.Group group, Notice notice, String command, ActionLinks links,
                                            String to) {
        Map<String, Object> view = notice(group, notice, command, links, to);
        view.put("id", group.commitmentId());
        view.put("title", title(group));
        return view;
    }

    private static String title(Digest.Group group) {
        return group.commitment().map(Commitment::title).orElse(group.commitmentId());
    }

    /**
     * The rules start every message with the commitment's label ("Title (Party, Party): ..."); under a heading
     * that already says it, the line starts with what is new.
     */
    private static String withoutTitle(Digest.Group group, String message) {
        Optional<String> label = group.commitment().map(c -> c.label() + ": ");
        return label.filter(message::startsWith).map(l -> message.substring(l.length())).orElse(message);
    }

    /**
     * Why a resolved alert resolved: the latest progress known (other than a note), e.g. "held on 2019-04-15
     * (recorded by ana)"; without one, that the rule no longer raises it.
     */
    private static String because(Digest.Group group, LocalDate asOf) {
        List<RecordedProgress> progress = group.progress().stream()
                .filter(p -> p.progress().kind() != ProgressKind.NOTE).toList();
        if (progress.isEmpty()) {
            return "the rule no longer raises it as of " + asOf;
        }
        RecordedProgress last = progress.get(progress.size() - 1);
        return last.progress().kind().label() + " on " + last.progress().date() + " (" + last.shortProvenance() + ")";
    }

    /** One row of the summary of what a digest over its size budget leaves out. */
    record Row(String severity, String rule, String party) {
    }

    /**
     * The summary rows of each notice of {@code all} (one per party of its commitment), as indexes into
     * {@code rows}, the distinct rows in the order they first occur.
     */
    record Rows(List<Row> rows, int[][] of) {

        static Rows of(List<Notice> all, Map<String, Commitment> commitments) {
            Map<Row, Integer> ids = new LinkedHashMap<>();
            int[][] of = new int[all.size()][];
            for (int i = 0; i < all.size(); i++) {
                Notice n = all.get(i);
                Commitment c = commitments.get(n.alert().commitment());
                List<String> parties = c == null ? List.of("(unknown)") : c.parties();
                String severity = n.isResolved() ? "resolved" : n.alert().severity().label();
                of[i] = new int[parties.size()];
                for (int p = 0; p < parties.size(); p++) {
                    of[i][p] = ids.computeIfAbsent(new Row(severity, n.alert().rule(), parties.get(p)), r -> ids.size());
                }
            }
            return new Rows(List.copyOf(ids.keySet()), of);
        }
    }

    /**
     * What a digest over its size budget leaves out, by rule and party, with the console's address: rows by
     * severity, then count (most first), then where they first occur among the alerts left out.
     */
    private static Map<String, Object> overflow(Reading reading, Set<String> told, ActionLinks links, String to) {
        List<Notice> all = reading.all();
        Rows summary = reading.rows();
        // counted by index: this runs for every size a digest is tried at, over all its alerts
        int[] counts = new int[summary.rows().size()];
        int[] order = new int[counts.length];
        int distinct = 0;
        int left = 0;
        for (int i = 0; i < all.size(); i++) {
            if (told.contains(all.get(i).fingerprint())) {
                continue;
            }
            left++;
            for (int row : summary.of()[i]) {
                if (counts[row]++ == 0) {
                    order[distinct++] = row;
                }
            }
        }
        if (left == 0) {
            return null;
        }
        List<Map<String, Object>> rows = Arrays.stream(order, 0, distinct).boxed()
                .sorted(Comparator.comparing((Integer r) -> severityOrder(summary.rows().get(r).severity()))
                        .thenComparing(r -> counts[r], Comparator.reverseOrder()))
                .limit(OVERFLOW_ROWS)
                .map(r -> {
                    Row key = summary.rows().get(r);
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("severity", key.severity());
                    row.put("rule", key.rule());
                    row.put("party", key.party());
                    row.put("count", counts[r]);
                    return row;
                }).toList();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("told", all.size() - left);
        view.put("left", left);
        view.put("rows", rows);
        view.put("moreRows", distinct > rows.size() ? distinct - rows.size() : null);
        view.put("console", url(links.console(to)));
        return view;
    }

    private static int severityOrder(String severity) {
        return switch (severity) {
            case "critical" -> 0;
            case "warning" -> 1;
            case "info" -> 2;
            default -> 3;
        };
    }

    private static String url(Optional<URI> uri) {
        return uri.map(URI::toString).orElse(null);
    }

    private static String source(Source source) {
        if (source == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (source.publisher() != null) {
            parts.add(source.publisher());
        }
        if (source.published() != null) {
            parts.add(source.published().toString());
        }
        if (source.title() != null) {
            parts.add("\u201c" + source.title() + "\u201d");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
