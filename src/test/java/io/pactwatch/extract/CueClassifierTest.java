package io.pactwatch.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences written for this test, not taken from the seed articles: the cues must be general. */
class CueClassifierTest {

    @ParameterizedTest(name = "\"{0}\" is a {1} commitment, tentative {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The two ministries will sign a memorandum on migration in March.                 | agreement | false
            Kazakhstan and Uzbekistan agreed to set up a joint commission on water resources. | body      | false
            The summit is scheduled for the second half of 2020.                             | event     | false
            The sides intend to exchange lists of wanted persons.                            | exchange  | false
            Moscow and Beijing plan to conduct joint naval exercises next year.              | operation | true
            A new treaty is being drafted by the two foreign ministries.                     | agreement | false
            India has invited a Pakistani delegation to attend the talks.                    | event     | false
            The parties signed an agreement on visa-free travel.                             | agreement | false
            Russia withdrew from the treaty last year.                                       | agreement | false
            The leaders will possibly meet in June.                                          | event     | true
            The agencies have been sharing intelligence on smuggling routes since 2015.      | exchange  | false
            The customs services are ready to provide data on seized cargo.                  | other     | false
            The 12th session of the Joint Commission opened in Tashkent.                     | event     | false
            The twenty-second meeting of the Council of Defence Ministers opened in Baku.    | event     | false
            The two governments are set to sign a trade deal in the first half of 2021.     | agreement | false
            The ratification of the treaty has been postponed until the autumn.             | agreement | false
            The programme of cultural exchanges for 2024 has also been approved.            | plan      | false
            The accord, which will be valid from 2020 to 2023, covers fisheries.            | agreement | false
            The ministries have undertaken to create a task force on cybercrime.            | body      | false
            Ghana and Togo agreed on establishing a communication mechanism.                | exchange  | false
            The next round of talks will take place in Geneva in 2022.                      | event     | false
            The ministers confirmed the need for further joint efforts against piracy.      | other     | false
            The navies will hold a joint exercise in the Gulf.                              | operation | false
            The memorandum provides for joint patrols on the river.                         | operation | false
            Kazakhstan and Uzbekistan agreed on Wednesday to set up a water commission.      | body      | false
            The first session of the commission is expected to take place in June.           | event     | true
            The new roadmap will be adopted at the summit.                                   | plan      | false
            """)
    void recognisesAnnouncementsOfThingsToBeDone(String sentence, String kind, boolean tentative) {
        Cue cue = CueClassifier.classify(sentence, "").orElseThrow();

        assertThat(cue.kind().label()).isEqualTo(kind);
        assertThat(cue.tentative()).isEqualTo(tentative);
    }

    @ParameterizedTest(name = "\"{0}\" announces nothing")
    @ValueSource(strings = {
            "The minister said relations are developing well.",
            "Both countries are interested in joining efforts against terrorism.",
            "The delegation visited the border post on Monday.",
            "Police conducted a raid in the capital.",
            "Experts may disagree on the figures.",
            "The talks will be difficult, he said.",
            "They are ready to cooperate on many issues."})
    void leavesOutStatementsThatPromiseNoAction(String sentence) {
        assertThat(CueClassifier.classify(sentence, "")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is titled \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Russia and Turkey agreed to hold consultations on visas, he said.   | Hold consultations on visas
            In addition, the sides will regularly exchange experience.          | Exchange experience
            The ministers said that the talks were tentatively scheduled for May. | The talks were tentatively scheduled for May
            The sides will hold a meeting of the working group on transport and customs in the spring. | Hold a meeting of the working group on transport and customs
            """)
    void titlesStartAtThePromisedAction(String sentence, String title) {
        assertThat(Titles.of(CueClassifier.classify(sentence, "").orElseThrow().titleText())).isEqualTo(title);
    }

    @org.junit.jupiter.api.Test
    void aNewOneIsOfTheKindNamedInTheSentenceBefore() {
        Cue cue = CueClassifier.classify("A new one is under work.", "The old protocol expired.").orElseThrow();

        assertThat(cue.kind().label()).isEqualTo("agreement");
    }
}
