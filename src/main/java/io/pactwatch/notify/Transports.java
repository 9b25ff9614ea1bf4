package io.pactwatch.notify;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds the configured transport. */
public final class Transports {

    private Transports() {
    }

    /**
     * @param env where {@link MailSettings#passwordEnv()} is looked up
     * @throws InvalidInputException when the password variable is named but not set
     */
    public static Transport create(MailSettings settings, Map<String, String> env) {
        if (settings.transport() == MailSettings.TransportKind.FILE) {
            return new FileTransport(settings.directory());
        }
        String password = null;
        if (settings.passwordEnv() != null) {
            password = env.get(settings.passwordEnv());
            if (password == null) {
                throw new InvalidInputException("mail", List.of(Problem.at(Path.of("mail.password-env"), 0,
                        "the environment variable " + settings.passwordEnv() + " is not set; export it with the"
                                + " SMTP password")));
            }
        }
        return new SmtpTransport(settings, password);
    }
}
