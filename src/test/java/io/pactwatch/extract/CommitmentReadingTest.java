package io.pactwatch.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How whole articles (written for this test; "/" separates sentences) become drafts: past facts are context,
 * documents lend their periods to the clauses that implement them, a postponed commitment keeps only its new
 * date, and repeats are one draft.
 */
class CommitmentReadingTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2016, 5, 10);
    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @ParameterizedTest(name = "\"{0}\" is context, not a commitment")
    @CsvSource(delimiter = '|', textBlock = """
            Chile and Peru signed a protocol, after the signing of the agreement dated March 3, 2009 had paved the way. | the agreement dated March 3, 2009
            Chile and Peru reviewed the results of the implementation of the previous plan for 2013-2015.               | previous plan
            Chile and Peru reviewed the implementation of the action plan for 2012-2014.                                | is over by 2016-05-10
            """)
    void pastFactsAreKeptAsContext(String article, String context) {
        Extraction extraction = extract(article);

        assertThat(extraction.context()).anySatisfy(c -> assertThat(c).contains(context));
        assertThat(extraction.drafts()).noneMatch(d -> d.due() != null && d.due().period().end().isBefore(PUBLISHED));
    }

    @ParameterizedTest(name = "\"{0}\": {1} inherits {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Ghana and Togo signed a memorandum. / The document, which will be valid from 2016 to 2019, provides for joint patrols on the border. | operation | 2016-01-01..2019-12-31
            Ghana and Togo signed a memorandum. / The document, which will be valid from 2016 to 2019, provides for joint patrols on the border. | agreement | 2016-01-01..2019-12-31
            Ghana and Togo signed a protocol. / The protocol will be valid from 2016 to 2018.                                                   | agreement | 2016-01-01..2018-12-31
            Ghana and Togo adopted a strategy for 2016-2020. / The strategy provides for the exchange of data on smuggling.                    | exchange  | 2016-01-01..2020-12-31
            Ghana and Togo approved a roadmap for 2016-2018 and its action plan.                                                                | plan      | 2016-01-01..2018-12-31
            """)
    void clausesThatImplementADocumentInheritItsPeriod(String article, String kind, String due) {
        Extraction extraction = extract(article);

        assertThat(extraction.drafts()).filteredOn(d -> d.kind().label().equals(kind)).isNotEmpty()
                .allSatisfy(d -> assertThat(d.due().period().range()).isEqualTo(due));
        assertThat(extraction.drafts()).filteredOn(d -> !d.clause().contains(d.dueText()))
                .allSatisfy(d -> assertThat(d.review().get("due")).contains("the period of the"));
    }

    @ParameterizedTest(name = "\"{0}\" is due {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The signing of the Ghana-Togo treaty, earlier planned for March 2016, has been postponed until the first half of 2017. | 2017-01-01..2017-06-30
            Ghana and Togo agreed to open a joint centre. / The opening, initially scheduled for December 2015, was postponed until 2017. | 2017-01-01..2017-12-31
            """)
    void aPostponedCommitmentIsDueAtItsNewDateOnly(String article, String due) {
        Extraction extraction = extract(article);

        assertThat(extraction.drafts()).hasSize(1);
        assertThat(extraction.drafts().get(0).due().period().range()).isEqualTo(due);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} draft(s)")
    @CsvSource(delimiter = '|', textBlock = """
            Ghana and Togo will launch a joint operation on the lake in June. / "We will launch the operation in June," a Ghanaian official said. / The operation will involve the navies of Ghana and Togo. | 1
            Ghana and Togo will hold consultations on visas. / Ghana and Togo agreed to hold consultations on visas.                                                                     | 1
            Ghana and Togo held the fifth meeting of the joint commission. / The next meeting of the joint commission will take place in Accra in 2017.                                  | 2
            Ghana and Togo will exchange data on smuggling routes. / The sides will regularly exchange experience in treating drug addicts.                                               | 2
            """)
    void repeatsOfOneCommitmentAreOneDraftWithTheRepeatsQuoted(String article, int drafts) {
        Extraction extraction = extract(article);

        assertThat(extraction.drafts()).hasSize(drafts);
        if (drafts == 1) {
            assertThat(extraction.drafts().get(0).repeats()).isNotEmpty();
            assertThat(extraction.drafts().get(0).review()).containsKey("repeats");
        }
    }

    private static Extraction extract(String article) {
        String text = "Ghana and Togo agree on cooperation\n\nACCRA, May 10 (GNA) - "
                + String.join(" ", Arrays.asList(article.split(" / ")));
        return new Extractor(GAZETTEER).extract(Path.of("article.txt"), text, Optional.of(PUBLISHED), Seeds.TODAY);
    }

}
