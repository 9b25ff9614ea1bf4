package io.pactwatch.rules;

/**
 * A rule threw during an evaluation. Drools compiles some constraints only on first use, so a rule pack that
 * built can still fail here; the message names the rule as Drools reports it.
 */
public final class RuleFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    RuleFailedException(RuntimeException cause) {
        super("a rule failed while evaluating: " + rootMessage(cause), cause);
    }

    private static String rootMessage(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != e; cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
            e = cause;
        }
        return message.toString().replaceAll("\\s+", " ").strip();
    }
}
