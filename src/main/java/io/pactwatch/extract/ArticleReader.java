package io.pactwatch.extract;

import io.pactwatch.period.Periods;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article into headline, dateline and body. News copy opens with boilerplate ("All news"), a headline,
 * perhaps a subtitle and captions, then the dateline paragraph ("MOSCOW, January 24 (Itar-Tass) — ...").
 */
final class ArticleReader {

    /** An article in parts; {@code body} runs from the dateline's paragraph (without the dateline) to the end. */
    record Article(Optional<String> headline, Dateline dateline, List<String> body) {
    }

    private static final String MONTH = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final Pattern NEWS_DATELINE = Pattern.compile("^(?<place>[A-Z][A-Z'\u2019 .-]*?[A-Z](?: /[A-Z][A-Z ]*/)?)"
            + "[.,] ?(?<month>" + MONTH + ")\\.? (?<day>\\d{1,2})(?:, (?<year>\\d{4}))?\\.? ?"
            + "(?:/(?<slashed>[^/]{2,30})/\\.?|\\((?<bracketed>[^)]{2,30})\\))? ?[\u2014\u2013-]? ?");
    private static final Pattern ISO_DATELINE = Pattern.compile("^(?:date:? )?(?<date>\\d{4}-\\d{2}-\\d{2})\\b ?");
    private static final int MIN_HEADLINE_WORDS = 3;
    /** Editors on Windows save UTF-8 with a byte order mark; it would hide the dateline at the start. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private ArticleReader() {
    }

    static Article read(String text) {
        List<String> paragraphs = SentenceSplitter.paragraphs(text.replace(BYTE_ORDER_MARK, ""));
        for (int i = 0; i < paragraphs.size(); i++) {
            Optional<Matched> dateline = dateline(paragraphs.get(i));
            if (dateline.isPresent()) {
                List<String> body = new ArrayList<>();
                body.add(paragraphs.get(i).substring(dateline.get().length()).strip());
                body.addAll(paragraphs.subList(i + 1, paragraphs.size()));
                return new Article(headline(paragraphs.subList(0, i)), dateline.get().dateline(), body);
            }
        }
        return new Article(headline(paragraphs.isEmpty() ? List.of() : paragraphs.subList(0, 1)), Dateline.NONE,
                paragraphs);
    }

    private record Matched(Dateline dateline, int length) {
    }

    private static Optional<Matched> dateline(String paragraph) {
        Matcher iso = ISO_DATELINE.matcher(paragraph);
        if (iso.find()) {
            LocalDate date = LocalDate.parse(iso.group("date"));
            return Optional.of(new Matched(new Dateline(iso.group().strip(), Optional.empty(),
                    Optional.of(MonthDay.from(date)), Optional.of(date.getYear()), Optional.empty()), iso.end()));
        }
        Matcher m = NEWS_DATELINE.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        MonthDay monthDay = MonthDay.of(Periods.monthOf(m.group("month")), Integer.parseInt(m.group("day")));
        Optional<String> publisher = Optional.ofNullable(m.group("slashed")).or(() -> Optional.ofNullable(m.group("bracketed")));
        return Optional.of(new Matched(new Dateline(m.group().strip(), Optional.of(m.group("place")),
                Optional.of(monthDay), Optional.ofNullable(m.group("year")).map(Integer::parseInt),
                publisher.map(String::strip)), m.end()));
    }

    /** The first paragraph before the dateline that reads like a headline: a few words, not a full sentence. */
    private static Optional<String> headline(List<String> before) {
        return before.stream()
                .filter(p -> p.split(" ").length >= MIN_HEADLINE_WORDS && !p.endsWith("."))
                .findFirst();
    }
}
