package io.pactwatch.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input (a registry, a DRL directory, a config file) was rejected whole; {@link #problems()} lists every
 * reason, so that a user fixes them all in one pass.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public InvalidInputException(String what, List<Problem> problems) {
        super(what + " rejected, " + Counted.of(problems.size(), "problem") + ":\n"
                + problems.stream().sorted(Problem.FILE_ORDER).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted(Problem.FILE_ORDER).toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
