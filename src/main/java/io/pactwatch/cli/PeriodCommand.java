package io.pactwatch.cli;

import io.pactwatch.period.RelativePeriods;
import io.pactwatch.period.Tense;
import io.pactwatch.period.Timex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code pactwatch period "TEXT" [--ref DATE]} and {@code pactwatch period -}: the time-expression normaliser of
 * {@code extract} on its own, so that a coordinator can check how a phrase is read.
 */
@Command(name = "period", mixinStandardHelpOptions = true,
        description = {"Resolve a time expression against a reference date and print VALUE<TAB>START..END "
                + "(the TIMEX3 value and the inclusive range).",
                "With '-', read lines REF-DATE<TAB>TEXT from standard input and print one such line per input "
                        + "line, in order, with an empty VALUE and range where it cannot tell."})
final class PeriodCommand implements Callable<Integer> {

    static final String STDIN = "-";

    @ParentCommand
    private Main main;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The expression, e.g. \"next year\", or - for standard input.")
    private String text;

    @Option(names = "--ref", paramLabel = "DATE", description = "Reference date, YYYY-MM-DD (default: today).")
    private LocalDate ref;

    @Option(names = "--tense", paramLabel = "TENSE", defaultValue = "unknown",
            description = "past, future or unknown: which Friday \"on Friday\" is (default: ${DEFAULT-VALUE}, the nearest).")
    private Tense tense;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (STDIN.equals(text)) {
            return batch(main.in(), out, spec.commandLine().getErr());
        }
        Timex timex = RelativePeriods.resolve(text, ref != null ? ref : main.today(), tense)
                .orElseThrow(() -> new ParameterException(spec.commandLine(), "cannot tell what period \"" + text
                        + "\" is; try e.g. \"next year\", \"in December\", \"the first half of 2019\", \"2012-2014\""));
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
                int tab = input.indexOf('\t');
                try {
                    if (tab < 0) {
                        throw new DateTimeParseException("no tab", input, 0);
                    }
                    LocalDate day = LocalDate.parse(input.substring(0, tab).strip());
                    timex = RelativePeriods.resolve(input.substring(tab + 1), day, tense);
                } catch (DateTimeParseException e) {
                    malformed++;
                    err.println(STDIN + ":" + number + ": expected REF-DATE<TAB>TEXT with the date as YYYY-MM-DD");
                }
                out.println(line(timex));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
        return malformed == 0 ? Main.OK : Main.BAD_INPUT;
    }

    private static String line(Optional<Timex> timex) {
        return timex.map(t -> t.value() + "\t" + t.period().range()).orElse("\t");
    }
}
