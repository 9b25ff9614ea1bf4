package io.pactwatch.extract;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped splitter (the JDK's BreakIterator with abbreviation rules) side by side with Apache OpenNLP's
 * English sentence detector (UD English-EWT model from Maven Central), on the same news paragraphs, written for
 * this test with their sentences known. The figures are recorded in docs/extract.md; OpenNLP stays a test
 * dependency only as long as it does not split news better.
 */
class SentenceSplitterComparisonTest {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** Sentences of each paragraph, separated by "||". */
    private static final List<String> PARAGRAPHS = List.of(
            "The talks will resume on Sept. 30 in Geneva.||They will last two days.",
            "Gen. Ivanov met U.S. officials on Monday.||The sides agreed to meet again.",
            "The U.N. Office said the plan is worth $1.5 billion.||It runs to 2020.",
            "The deal was signed at 10 a.m. on Friday.||It enters into force in May.",
            "Officials from St. Petersburg and Moscow attended.||The next meeting is in Kazan.",
            "\"We will sign it in March.\"||The minister said so on Jan. 5.",
            "J. Smith of Acme Inc. will lead the group.||It meets monthly.",
            "The treaty (No. 5) was ratified.||Both parliaments voted for it.",
            "The meeting ended at 5 p.m.||The ministers then left.",
            "Is the plan ready?||\"Not yet,\" he said.||Work continues.",
            "The U.K. and the E.U. agreed to talk.||Talks begin in Oct. next year.",
            "Mr. Lavrov and Ms. Rice met.||Dr. Khan joined them later.",
            "“U.S. colleagues are our reliable partners,” the representative said.||Talks go on.");

    private static SentenceDetectorME openNlp;

    @BeforeAll
    static void loadOpenNlp() throws IOException {
        try (InputStream in = SentenceSplitterComparisonTest.class.getResourceAsStream(MODEL)) {
            openNlp = new SentenceDetectorME(new SentenceModel(in));
        }
    }

    @Test
    void theShippedSplitterSplitsNewsAtLeastAsWellAsOpenNlp() {
        int shipped = right(SentenceSplitter::sentences);
        int other = right(p -> Arrays.stream(openNlp.sentDetect(p)).map(String::strip).toList());
        System.out.printf("sentence splitting, %d news paragraphs: JDK BreakIterator + rules %d right, OpenNLP %d right%n",
                PARAGRAPHS.size(), shipped, other);

        assertThat(shipped).isGreaterThanOrEqualTo(other);
    }

    private static int right(Function<String, List<String>> splitter) {
        int right = 0;
        for (String paragraph : PARAGRAPHS) {
            List<String> expected = Arrays.asList(paragraph.split("\\|\\|"));
            right += splitter.apply(String.join(" ", expected)).equals(expected) ? 1 : 0;
        }
        return right;
    }
}
