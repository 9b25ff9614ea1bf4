package io.pactwatch.rules;

/**
 * A rule threw during an evaluation. Drools compiles some constraints only on first use, so a rule pack that
 * built can still fail here; the message names the rule as Drools reports it.
 */
public final class RuleFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The rule that kept firing past a limit, when one did. */
    private final String rule;

    RuleFailedException(RuntimeException cause) {
        super("a rule failed while evaluating: " + rootMessage(cause), cause);
        this.rule = null;
    }

    private RuleFailedException(String message, String rule) {
        super(message);
        this.rule = rule;
    }

    /** The rule that kept firing past a limit, when one did. */
    public java.util.Optional<String> rule() {
        return java.util.Optional.ofNullable(rule);
    }

    /** The evaluation was stopped at a limit; {@code rule} (null if none fired after) is the one that kept firing. */
    static RuleFailedException limit(String what, String rule) {
        return new RuleFailedException(what + (rule == null ? "" : "; rule \"" + rule + "\" keeps firing")
                + ": a rule that changes a fact its own condition matches re-activates itself; add"
                + " `no-loop true` to it, or a condition that its change makes false", rule);
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
