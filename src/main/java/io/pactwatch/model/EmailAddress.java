package io.pactwatch.model;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.net.IDN;
import java.util.Optional;

/**
 * The one check of an email address, wherever one enters (registry {@code coordinator}, config {@code routes.to},
 * {@code daemon.admin}, {@code mail.from}, {@code mail test --to}) and again before a message is sent: so that
 * an address that loads is one the transport can send to, and one that cannot be sent to is refused at load with
 * its file and line, not at 6 a.m. by the mail server.
 *
 * <p>Accepted: a bare {@code local@domain} that Jakarta Mail's strict parser takes as exactly itself, in ASCII,
 * with the limits of RFC 5321 4.5.3.1 (local part 64 octets, address 254), a local part of dot-separated atoms
 * (RFC 5322 3.4.1: no leading, trailing or double dot; no quoted local parts), and a domain name of at least two
 * labels of letters, digits and hyphens. Internationalised addresses (RFC 6531) are refused: the outbox keeps
 * messages as ASCII, and whether the server offers SMTPUTF8 is only known when sending, too late for the
 * recipient; a domain in Unicode is refused with its ASCII (IDNA) form to write instead.
 */
public final class EmailAddress {

    /** RFC 5321 4.5.3.1.3: the longest path is 256 octets, two of them the angle brackets. */
    public static final int MAX_LENGTH = 254;
    /** RFC 5321 4.5.3.1.1. */
    public static final int MAX_LOCAL_PART = 64;
    /** RFC 1035 2.3.4. */
    private static final int MAX_LABEL = 63;
    /** A message shows at most this many characters of an address. */
    private static final int SHOWN = 80;
    private static final String ATEXT = "!#$%&'*+/=?^_`{|}~-";

    private EmailAddress() {
    }

    /** What is wrong with {@code text} as an address, in words for the person who wrote it; empty when nothing. */
    public static Optional<String> problem(String text) {
        return Optional.ofNullable(reason(text)).map(reason -> "\"" + shown(text)
                + "\" is not an email address Pactwatch can send to: " + reason);
    }

    public static boolean isValid(String text) {
        return reason(text) == null;
    }

    private static String reason(String text) {
        int invisible = text.codePoints().filter(EmailAddress::invisible).findFirst().orElse(-1);
        if (invisible >= 0) {
            return "it contains " + name(invisible) + ", which no address may (often pasted along with it);"
                    + " type the address again by hand";
        }
        if (text.length() > MAX_LENGTH) {
            return "it is " + text.length() + " characters long, and an address has at most " + MAX_LENGTH
                    + " (RFC 5321)";
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            return "it has no @; write it as name@example.org";
        }
        String local = text.substring(0, at);
        String domain = text.substring(at + 1);
        if (!text.chars().allMatch(c -> c < 0x80)) {
            return nonAscii(local, domain);
        }
        if (local.isEmpty() || domain.isEmpty()) {
            return "it needs a name before the @ and a domain after it, as in name@example.org";
        }
        if (local.length() > MAX_LOCAL_PART) {
            return "the part before the @ is " + local.length() + " characters long, and it may have at most "
                    + MAX_LOCAL_PART + " (RFC 5321)";
        }
        String localProblem = localPart(local);
        if (localProblem != null) {
            return localProblem;
        }
        String domainProblem = domain(domain);
        if (domainProblem != null) {
            return domainProblem;
        }
        try {
            InternetAddress parsed = new InternetAddress(text, true);
            if (!text.equals(parsed.getAddress()) || parsed.getPersonal() != null) {
                return "write only the address, as in name@example.org, without a name or brackets";
            }
        } catch (AddressException e) {
            return "the mail library refuses it (" + e.getMessage() + ")";
        }
        return null;
    }

    private static String localPart(String local) {
        if (local.startsWith("\"")) {
            return "quoted names before the @ are not accepted; use a plain one, as in first.last@example.org";
        }
        if (local.startsWith(".") || local.endsWith(".")) {
            return "the part before the @ may not start or end with a dot";
        }
        if (local.contains("..")) {
            return "the part before the @ may not have two dots in a row";
        }
        int bad = local.chars().filter(c -> c != '.' && !Character.isLetterOrDigit(c) && ATEXT.indexOf(c) < 0)
                .findFirst().orElse(-1);
        if (bad >= 0) {
            return "the part before the @ may not contain " + name(bad);
        }
        return null;
    }

    private static String domain(String domain) {
        if (domain.startsWith("[")) {
            return "an IP address as domain is not accepted; write the domain name";
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return "the domain \"" + domain + "\" has no dot; write the full domain, as in example.org";
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                return "the domain may not start or end with a dot, nor have two dots in a row";
            }
            if (label.length() > MAX_LABEL) {
                return "a part of the domain is " + label.length() + " characters long, and may have at most "
                        + MAX_LABEL;
            }
            if (!label.chars().allMatch(c -> c == '-' || c < 0x80 && Character.isLetterOrDigit(c))) {
                return "the domain may contain only letters, digits, hyphens and dots";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "a part of the domain may not start or end with a hyphen";
            }
        }
        return null;
    }

    private static String nonAscii(String local, String domain) {
        boolean asciiLocal = local.chars().allMatch(c -> c < 0x80);
        if (asciiLocal) {
            try {
                return "its domain is not in ASCII, and Pactwatch sends to ASCII addresses only; write the domain"
                        + " as " + IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES) + " (" + local + "@"
                        + IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES) + ")";
            } catch (IllegalArgumentException e) {
                return "its domain is not in ASCII, and not a valid internationalised domain name either";
            }
        }
        return "the part before the @ is not in ASCII; internationalised addresses (RFC 6531) are not supported:"
                + " use an ASCII address for this person";
    }

    /** The address as a message may show it: invisible characters named, and at most {@code SHOWN} of it. */
    private static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(SHOWN).forEach(c -> {
            if (invisible(c) && c != ' ') {
                shown.append(String.format("<U+%04X>", c));
            } else {
                shown.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > SHOWN ? shown + "..." : shown.toString();
    }

    /** "U+00A0 (NO-BREAK SPACE)". */
    private static String name(int c) {
        String name = Character.getName(c);
        return String.format("U+%04X", c) + (name == null ? "" : " (" + name + ")");
    }

    /** Control, format (bidi, zero-width) and space characters other than the ASCII ones: never in an address. */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED || type == Character.SURROGATE;
    }
}
