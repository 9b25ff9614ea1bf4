package io.pactwatch.extract;

import io.pactwatch.extract.ArticleReader.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleReaderTest {

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ANKARA, November 23. /TASS/. Turkey is ready.             | ANKARA          | --11-23 | ''   | TASS      | Turkey is ready.
            MOSCOW, January 24 (Itar-Tass) — The services agreed.     | MOSCOW          | --01-24 | ''   | Itar-Tass | The services agreed.
            ALANYA /TURKEY/, December 1./TASS/. Russia and Turkey.    | ALANYA /TURKEY/ | --12-01 | ''   | TASS      | Russia and Turkey.
            MOSCOW. Jan 31 (Interfax) – The service said.             | MOSCOW          | --01-31 | ''   | Interfax  | The service said.
            WASHINGTON, May 5, 2020 (Reuters) - Officials met.        | WASHINGTON      | --05-05 | 2020 | Reuters   | Officials met.
            YEREVAN, FEBRUARY 22, ARMENPRESS. Armenia will host.      | YEREVAN         | --02-22 | ''   | ARMENPRESS | Armenia will host.
            BANGKOK, Aug. 28 (Xinhua) -- China will launch.           | BANGKOK         | --08-28 | ''   | Xinhua    | China will launch.
            """)
    void readsTheDatelinesOfNewsAgencies(String text, String place, String monthDay, String year, String publisher,
                                         String body) {
        Article article = ArticleReader.read("Some headline of the day\n\n" + text);

        assertThat(article.dateline().place()).contains(place);
        assertThat(article.dateline().monthDay()).contains(MonthDay.parse(monthDay));
        assertThat(article.dateline().readings()).extracting(d -> String.valueOf(d.getYear()))
                .isEqualTo(year.isEmpty() ? List.of() : List.of(year));
        assertThat(article.dateline().publisher()).contains(publisher);
        assertThat(article.body()).first().isEqualTo(body);
        assertThat(article.headline()).contains("Some headline of the day");
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Updated: August 17, 2017            | 2017-08-17
            03 Dec, 2005                        | 2005-12-03
            POLITICS 12:34 / 19.04.2022         | 2022-04-19
            26 November 2020 12:10              | 2020-11-26
            Thu, 12/09/2010                     | 2010-12-09
            Sunday, 12/09/2010                  | 2010-09-12
            Published: Jan. 5, 2019 10:30 GMT   | 2019-01-05
            2021-03-04                          | 2021-03-04
            """)
    void aLineThatIsOnlyADateDatesTheArticleAndAWeekdayTellsDayAndMonthApart(String line, String date) {
        Article article = ArticleReader.read("Officials agree on a joint plan\n" + line + "\n\nNEW DELHI (PTI): India and Russia signed it.");

        assertThat(article.dateline().agreeing()).containsExactly(LocalDate.parse(date));
        assertThat(article.headline()).contains("Officials agree on a joint plan");
        assertThat(article.body()).containsExactly("India and Russia signed it.");
    }

    @Test
    void aSlashedDateWithoutAWeekdayKeepsBothReadings() {
        Article article = ArticleReader.read("12/09/2010\n\nIndia and Russia signed it.");

        assertThat(article.dateline().agreeing()).containsExactly(LocalDate.of(2010, 12, 9), LocalDate.of(2010, 9, 12));
    }

    @Test
    void aDatelineRightUnderTheHeadlineNeedsNoBlankLine() {
        Article article = ArticleReader.read("China, Pakistan postpone signing of agreement\n"
                + "ISLAMABAD, March 3 (Xinhua) -- The signing has been postponed.\n\nMore.");

        assertThat(article.headline()).contains("China, Pakistan postpone signing of agreement");
        assertThat(article.dateline().monthDay()).contains(MonthDay.of(3, 3));
        assertThat(article.body()).containsExactly("The signing has been postponed.", "More.");
    }

    @Test
    void theHeadlineMayFollowTheDateLine() {
        Article article = ArticleReader.read("Thu, 12/09/2010\n\nIndia, Russia sign protocol on drug control\n\n"
                + "NEW DELHI (PTI): India and Russia today signed a protocol.");

        assertThat(article.headline()).contains("India, Russia sign protocol on drug control");
        assertThat(article.dateline().publisher()).contains("PTI");
    }

    @Test
    void theHeadlineIsTheFirstHeadlineLikeLineBeforeTheDateline() {
        Article article = ArticleReader.read("All news\n\nTurkey ready to cooperate with Russia\n\n"
                + "A subtitle that says more\n\nANKARA, November 23. /TASS/. Text.");

        assertThat(article.headline()).contains("Turkey ready to cooperate with Russia");
    }

    @Test
    void anIsoDateAtTheStartIsAWholeDateline() {
        Article article = ArticleReader.read(" date 2021-01-01 Today, the council met.");

        assertThat(article.dateline().readings()).containsExactly(LocalDate.of(2021, 1, 1));
        assertThat(article.body()).containsExactly("Today, the council met.");
        assertThat(article.headline()).isEmpty();
    }

    @Test
    void aByteOrderMarkDoesNotHideTheDateline() {
        Article article = ArticleReader.read("\uFEFFMOSCOW, January 24 (Itar-Tass) \u2014 Text.");

        assertThat(article.dateline().publisher()).contains("Itar-Tass");
    }

    @Test
    void withoutADatelineTheWholeTextIsBody() {
        Article article = ArticleReader.read("Russia and Iran will hold talks.\n\nMore text.");

        assertThat(article.dateline()).isEqualTo(Dateline.NONE);
        assertThat(article.body()).hasSize(2);
    }
}
