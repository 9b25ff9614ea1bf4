package io.pactwatch.yaml;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;

import java.util.regex.Pattern;

/**
 * Writes untrusted text (from articles) into YAML we generate: values as double-quoted scalars escaped by
 * snakeyaml-engine's emitter, comments as one line without control characters.
 */
public final class YamlText {

    private static final Dump DUMP = new Dump(DumpSettings.builder()
            .setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED)
            .setSplitLines(false)
            .setWidth(Integer.MAX_VALUE)
            .build());
    /** Line and paragraph separators and other control characters: each could end a comment early. */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\u0085]+");

    private YamlText() {
    }

    /** {@code text} as one double-quoted YAML scalar on one line: quotes, backslashes, line breaks escaped. */
    public static String quoted(String text) {
        return DUMP.dumpToString(text).strip();
    }

    /** {@code text} made safe to follow a {@code #} on one line. */
    public static String comment(String text) {
        return CONTROL.matcher(text).replaceAll(" ").strip();
    }
}
