package io.pactwatch.cli;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.rules.RuleFailedException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code pactwatch}: the command line. The only place that reads the real clock, the environment and argv;
 * everything below it takes them as arguments (docs/architecture.md, "Time is passed in").
 */
@Command(name = "pactwatch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Watches cooperation commitments and flags deadlines that near or pass and gaps that open.",
        subcommands = {EvaluateCommand.class, CommitmentsCommand.class, AlertsCommand.class, AckCommand.class,
                SilenceCommand.class, ProgressCommand.class, OutboxCommand.class, PreviewCommand.class,
                LoginLinkCommand.class, MailCommand.class, RunCommand.class, RulesCommand.class,
                ExtractCommand.class, PeriodCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:it ran (with alerts or without)", "1:internal error (a bug: please report it)",
                "2:bad input (registry, rules, config, article or arguments); every problem is listed",
                "3:mail not delivered: delivery paused on a mail misconfiguration, or `mail test` failed"})
public final class Main implements Runnable {

    /** Exit codes, as the README documents them. */
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    public static final int MAIL_FAILED = 3;

    /** Who a record names when neither --by, $USER nor the system says. */
    static final String UNKNOWN_USER = "unknown";

    /** The system property the launcher sets to the installation directory. */
    public static final String HOME_PROPERTY = "pactwatch.home";

    private static final Consumer<CommandLine> NOTHING_MORE = commandLine -> { };

    private final Clock clock;
    private final Path home;
    private final Map<String, String> env;
    private final String loginName;
    private BufferedReader in = new BufferedReader(new StringReader(""));

    /** A command line with an empty environment (tests). */
    public Main(Clock clock, Path home) {
        this(clock, home, Map.of());
    }

    /** A command line with no login name from the system (tests): without $USER, records say "unknown". */
    public Main(Clock clock, Path home, Map<String, String> env) {
        this(clock, home, env, null);
    }

    /**
     * @param loginName the login name the system gives the process owner ({@code user.name}, which the JDK reads
     *                  from the user database, not from the environment); null when it gives none
     */
    public Main(Clock clock, Path home, Map<String, String> env, String loginName) {
        this.clock = clock;
        this.home = home;
        this.env = Map.copyOf(env);
        this.loginName = loginName;
    }

    public static void main(String[] args) {
        launch(args, NOTHING_MORE);
    }

    /**
     * Runs the process: the real clock, environment and standard streams. {@code more} adds the commands of a build
     * that has more than the product ({@code BenchMain} in the bench profile adds {@code bench run}).
     */
    static void launch(String[] args, Consumer<CommandLine> more) {
        Path home = Path.of(System.getProperty(HOME_PROPERTY, "."));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
        System.exit(new Main(Clock.systemDefaultZone(), home, System.getenv(), System.getProperty("user.name"))
                .run(in, out, err, more, args));
    }

    /** Runs one command line with nothing on standard input. */
    public int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new StringReader(""), out, err, args);
    }

    /** Runs one command line, reading {@code in} and writing to {@code out} and {@code err}; returns the exit code. */
    public int run(Reader in, PrintWriter out, PrintWriter err, String... args) {
        return run(in, out, err, NOTHING_MORE, args);
    }

    int run(Reader in, PrintWriter out, PrintWriter err, Consumer<CommandLine> more, String... args) {
        this.in = new BufferedReader(in);
        CommandLine commandLine = new CommandLine(this);
        more.accept(commandLine);
        // after `more`: these settings reach the subcommands present when they are set
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(Main::handle);
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command, e.g. evaluate");
    }

    Path home() {
        return home;
    }

    /** Standard input, for commands that read it ({@code period -}). */
    BufferedReader in() {
        return in;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Clock clock() {
        return clock;
    }

    /** The environment: where passwords named in the config are read from. */
    Map<String, String> env() {
        return env;
    }

    /**
     * Who runs the command, for ack, silence and progress records when {@code --by} is not given: {@code $USER},
     * else the login name the system gives, with a note on {@code err} that says so (docs/cli.md).
     */
    String user(PrintWriter err) {
        String user = env.get("USER");
        if (user != null && !user.isBlank()) {
            return user;
        }
        // the JDK says "?" when the user database has no entry for the process owner
        String who = loginName != null && !loginName.isBlank() && !loginName.equals("?") ? loginName : UNKNOWN_USER;
        err.println("note: $USER is not set; recorded as \"" + who + "\", "
                + (who.equals(UNKNOWN_USER) ? "as the system gives no login name" : "the login name the system gives")
                + " (--by NAME records another)");
        return who;
    }

    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidInputException invalid) {
            err.println("error: " + invalid.getMessage().lines().findFirst().orElse(""));
            invalid.problems().stream().map(Problem::toString).forEach(err::println);
            return BAD_INPUT;
        }
        if (e instanceof RuleFailedException failed) {
            err.println("error: " + failed.getMessage());
            err.println("Fix the rule named above; run `pactwatch evaluate` again to check.");
            return BAD_INPUT;
        }
        err.println("internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }
}
