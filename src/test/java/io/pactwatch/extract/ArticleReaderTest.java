package io.pactwatch.extract;

import io.pactwatch.extract.ArticleReader.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.MonthDay;
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
            """)
    void readsTheDatelinesOfNewsAgencies(String text, String place, String monthDay, String year, String publisher,
                                         String body) {
        Article article = ArticleReader.read("Some headline of the day\n\n" + text);

        assertThat(article.dateline().place()).contains(place);
        assertThat(article.dateline().monthDay()).contains(MonthDay.parse(monthDay));
        assertThat(article.dateline().year()).isEqualTo(year.isEmpty() ? Optional.empty() : Optional.of(Integer.valueOf(year)));
        assertThat(article.dateline().publisher()).contains(publisher);
        assertThat(article.body()).first().isEqualTo(body);
        assertThat(article.headline()).contains("Some headline of the day");
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

        assertThat(article.dateline().date()).map(Object::toString).contains("2021-01-01");
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
