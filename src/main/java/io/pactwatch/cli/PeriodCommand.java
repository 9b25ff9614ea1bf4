package io.pactwatch.cli;

import io.pactwatch.period.RelativePeriods;
import io.pactwatch.period.SentenceTense;
import io.pactwatch.period.Tense;
import io.pactwatch.period.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pactwatch period "TEXT" [--ref DATE] [--tense T]} and {@code pactwatch period -}: the time-expression
 * normaliser of {@code extract} on its own, so that a coordinator can check how a phrase is read. Output and input
 * are documented in docs/extract.md ("Time expressions").
 */
@Command(name = "period", mixinStandardHelpOptions = true,
        description = {"Resolve a time expression against a reference date and print VALUE<TAB>START..END<TAB>MOD "
                + "(the TIMEX3 value, the inclusive range, and the TIMEX3 mod such as START or END, empty when none).",
                "With '-', read lines REF-DATE<TAB>TEXT[<TAB>SENTENCE] from standard input and print one such line "
                        + "per input line, in order, with empty columns where it cannot tell; the tense of a line's "
                        + "SENTENCE decides which \"Friday\" or \"March\" it means."})
final class PeriodCommand implements Callable<Integer> {

    static final String STDIN = "-";
    private static final int MAX_COLUMNS = 3;
    private static final String EXPECTED_LINE = "expected REF-DATE<TAB>TEXT[<TAB>SENTENCE] with the date as YYYY-MM-DD";

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The expression, e.g. \"next year\", or - for standard input.")
    private String text;

    @Option(names = "--ref", paramLabel = "DATE", description = "Reference date, YYYY-MM-DD (default: today).")
    private LocalDate ref;

    @Option(names = "--tense", paramLabel = "TENSE", defaultValue = "present", converter = TenseConverter.class,
            description = "past, future or present: the tense of the sentence the expression stands in, which tells "
                    + "which \"Friday\" or \"March\" it is (default: ${DEFAULT-VALUE}: the nearest Friday, the March "
                    + "of the reference year). With '-', lines that carry a sentence take the tense of their sentence.")
    private Tense tense;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (STDIN.equals(text)) {
            return batch(main.in(), out, spec.commandLine().getErr());
        }
        Timex timex = RelativePeriods.resolve(text, ref != null ? ref : main.today(), tense)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "cannot tell what period \"" + text
                        + "\" is; try e.g. \"next year\", \"in December\", \"the first half of 2019\", \"early 2011\", "
                        + "\"2012-2014\""));
        out.println(line(Optional.of(timex)));
        return Main.OK;
    }

    /** One output line per input line, in order; malformed lines are reported as {@code -:LINE: message}. */
    private int batch(BufferedReader in, PrintWriter out, PrintWriter err) {
        int number = 0;
        int malformed = 0;
        try {
            for (String input = in.readLine(); input != null; input = in.readLine()) {
                number++;
                Optional<Timex> timex = Optional.empty();
                String[] columns = input.split("\t", -1);
                try {
                    if (columns.length < 2 || columns.length > MAX_COLUMNS) {
                        throw new DateTimeParseException("not 2 or 3 columns", input, 0);
                    }
                    LocalDate day = LocalDate.parse(columns[0].strip());
                    Tense lineTense = columns.length == MAX_COLUMNS ? SentenceTense.of(columns[2]) : tense;
                    timex = RelativePeriods.resolve(columns[1], day, lineTense);
                } catch (DateTimeParseException e) {
                    malformed++;
                    err.println(STDIN + ":" + number + ": " + EXPECTED_LINE);
                }
                out.println(line(timex));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        return malformed == 0 ? Main.OK : Main.BAD_INPUT;
    }

    private static String line(Optional<Timex> timex) {
        return timex.map(t -> t.value() + "\t" + t.period().range() + "\t" + t.mod().label()).orElse("\t\t");
    }

    /**
     * past, future, present; "unknown", the name this option had before, still reads as present. Present tense
     * takes the nearest weekday and the reference year, as {@link Tense#UNKNOWN} does.
     */
    static final class TenseConverter implements ITypeConverter<Tense> {

        @Override
        public Tense convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "past" -> Tense.PAST;
                case "future" -> Tense.FUTURE;
                case "present", "unknown" -> Tense.UNKNOWN;
                default -> throw new TypeConversionException("'" + value + "' is not a tense; write past, future or present");
            };
        }
    }
}
