package io.pactwatch.yaml;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class YamlTextTest {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"plain words", "He said \"no\" \\ then: left # not a comment", "NO", "yes", "~", "null",
            "- a list?", "key: value", "two\nlines\r\nand\u2028more", "tab\there", "‘quoted’ “typographic” — dash",
            "*alias &anchor !tag %directive @at `tick`", "  leading and trailing  ", "", "\u0000\u0007 control",
            "{flow: [x]}", "2019-01-01", "'single'"})
    void anyTextReadsBackExactlyAndStaysOnOneLine(String text) {
        String yaml = "quote: " + YamlText.quoted(text) + "  # " + YamlText.comment(text) + "\nafter: 1\n";

        Map<?, ?> read = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(yaml);

        assertThat(read.get("quote")).isEqualTo(text);
        assertThat(read.get("after")).isEqualTo(1);
        assertThat(yaml.lines()).hasSize(2);
    }
}
