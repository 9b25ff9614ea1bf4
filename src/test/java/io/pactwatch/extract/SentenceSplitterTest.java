package io.pactwatch.extract;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {

    @Test
    void anAbbreviationDoesNotEndASentence() {
        assertThat(SentenceSplitter.sentences("He met the U.S. Office of Policy. They agreed on Sept. 30 to meet. Done."))
                .containsExactly("He met the U.S. Office of Policy.", "They agreed on Sept. 30 to meet.", "Done.");
    }

    @Test
    void paragraphsAreSeparatedByBlankLinesAndTheirSpacesFolded() {
        assertThat(SentenceSplitter.paragraphs("One\nline.\n\n  \n\u00a0Two\t words."))
                .containsExactly("One line.", "Two words.");
    }
}
