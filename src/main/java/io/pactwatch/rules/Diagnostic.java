package io.pactwatch.rules;

import io.pactwatch.model.Problem;

import java.util.Locale;

/**
 * A finding of {@code rules check}, printed as {@code file:line:column: severity: message}, the form editors
 * and CI annotations understand. An unknown column prints as 1 (the start of the line).
 */
public record Diagnostic(Level level, Problem problem) {

    public enum Level {
        ERROR, WARNING;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static Diagnostic error(Problem problem) {
        return new Diagnostic(Level.ERROR, problem);
    }

    public static Diagnostic warning(Problem problem) {
        return new Diagnostic(Level.WARNING, problem);
    }

    @Override
    public String toString() {
        return problem.file() + ":" + Math.max(problem.line(), 1) + ":" + Math.max(problem.column(), 1) + ": "
                + level.label() + ": " + problem.message();
    }
}
