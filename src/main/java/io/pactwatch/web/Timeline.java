package io.pactwatch.web;

import io.pactwatch.model.Commitment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timeline's SVG geometry, computed here and drawn by timeline.mustache (so every text is escaped): one bar
 * per dated commitment from its window's start to its end, a line for today, overdue (open with its window past)
 * in red, tentative dashed, a single-day window as a short bar.
 */
final class Timeline {

    static final int MAX_BARS = 500;
    static final int WIDTH = 960;
    static final int LABEL = 320;
    static final int ROW = 18;
    static final int MIN_BAR = 4;

    private Timeline() {
    }

    static Map<String, Object> of(List<Commitment> commitments, LocalDate today) {
        List<Commitment> dated = commitments.stream().filter(c -> c.due() != null)
                .sorted(java.util.Comparator.comparing((Commitment c) -> c.due().start()).thenComparing(Commitment::id))
                .toList();
        List<Commitment> shown = dated.subList(0, Math.min(MAX_BARS, dated.size()));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("total", dated.size());
        model.put("truncated", dated.size() > shown.size());
        model.put("shown", shown.size());
        if (shown.isEmpty()) {
            return model;
        }
        LocalDate first = shown.stream().map(c -> c.due().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = shown.stream().map(c -> c.due().end()).max(LocalDate::compareTo).orElseThrow();
        if (today.isBefore(first)) {
            first = today;
        }
        if (today.isAfter(last)) {
            last = today;
        }
        double days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        double scale = (WIDTH - LABEL - 10) / days;
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 20;
        for (Commitment c : shown) {
            double x = LABEL + ChronoUnit.DAYS.between(first, c.due().start()) * scale;
            double w = Math.max(MIN_BAR, (ChronoUnit.DAYS.between(c.due().start(), c.due().end()) + 1) * scale);
            boolean overdue = c.isOpen() && c.due().end().isBefore(today);
            Map<String, Object> bar = new LinkedHashMap<>();
            bar.put("x", Math.round(x));
            bar.put("y", y);
            bar.put("w", Math.round(w));
            bar.put("textY", y + 11);
            bar.put("label", c.title().length() > 48 ? c.title().substring(0, 47) + "\u2026" : c.title());
            bar.put("title", c.label() + ": " + c.due().range() + (overdue ? " (overdue)" : "")
                    + (c.tentative() ? " (tentative)" : ""));
            bar.put("url", "/commitments/" + Urls.segment(c.id()));
            bar.put("fill", overdue ? "#c62828" : c.isOpen() ? "#1565c0" : "#9e9e9e");
            bar.put("dash", c.tentative() ? "4 2" : "none");
            bar.put("fillOpacity", c.tentative() ? "0.35" : "0.85");
            bars.add(bar);
            y += ROW;
        }
        model.put("bars", bars);
        model.put("height", y + 10);
        model.put("width", WIDTH);
        model.put("todayX", Math.round(LABEL + ChronoUnit.DAYS.between(first, today) * scale));
        model.put("today", today.toString());
        model.put("first", first.toString());
        model.put("last", last.toString());
        model.put("lastX", WIDTH - 10);
        model.put("labelX", LABEL);
        return model;
    }
}
