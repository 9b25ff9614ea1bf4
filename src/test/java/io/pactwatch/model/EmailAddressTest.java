package io.pactwatch.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way an address is refused, and the words its writer reads. */
class EmailAddressTest {

    private static final String PREFIX = " is not an email address Pactwatch can send to: ";

    static Stream<Arguments> refused() {
        String label = "b".repeat(60);
        String tooLong = "a".repeat(60) + "@" + String.join(".", label, label, label, label) + ".org";
        return Stream.of(
                Arguments.of(".a@example.org", "the part before the @ may not start or end with a dot"),
                Arguments.of("a.@example.org", "the part before the @ may not start or end with a dot"),
                Arguments.of("a..b@example.org", "the part before the @ may not have two dots in a row"),
                Arguments.of("a\u202Eb@example.org", "it contains U+202E (RIGHT-TO-LEFT OVERRIDE), which no address"
                        + " may (often pasted along with it); type the address again by hand"),
                Arguments.of("ops@example.org\u00A0", "it contains U+00A0 (NO-BREAK SPACE), which no address may"),
                Arguments.of("o\u200Bps@example.org", "it contains U+200B (ZERO WIDTH SPACE)"),
                Arguments.of("ops@exa\nmple.org", "it contains U+000A (LINE FEED (LF))"),
                Arguments.of("ops @example.org", "it contains U+0020 (SPACE)"),
                Arguments.of(tooLong, "it is " + tooLong.length() + " characters long, and an address has at most 254"
                        + " (RFC 5321)"),
                Arguments.of("a".repeat(65) + "@example.org", "the part before the @ is 65 characters long, and it may"
                        + " have at most 64 (RFC 5321)"),
                Arguments.of("nobody", "it has no @; write it as name@example.org"),
                Arguments.of("@example.org", "it needs a name before the @ and a domain after it"),
                Arguments.of("ops@localhost", "the domain \"localhost\" has no dot; write the full domain"),
                Arguments.of("ops@example..org", "the domain may not start or end with a dot, nor have two dots in a row"),
                Arguments.of("ops@-example.org", "a part of the domain may not start or end with a hyphen"),
                Arguments.of("ops@exa_mple.org", "the domain may contain only letters, digits, hyphens and dots"),
                Arguments.of("ops@[192.0.2.1]", "an IP address as domain is not accepted"),
                Arguments.of("\"a b\"@example.org", "it contains U+0020 (SPACE)"),
                Arguments.of("\"ab\"@example.org", "quoted names before the @ are not accepted"),
                Arguments.of("Ops <ops@example.org>", "it contains U+0020 (SPACE)"),
                Arguments.of("<ops@example.org>", "the part before the @ may not contain U+003C (LESS-THAN SIGN)"),
                Arguments.of("a,b@example.org", "the part before the @ may not contain U+002C (COMMA)"),
                Arguments.of("ops@exämple.org", "its domain is not in ASCII, and Pactwatch sends to ASCII addresses"
                        + " only; write the domain as xn--exmple-cua.org (ops@xn--exmple-cua.org)"),
                Arguments.of("ünï@exämple.org", "the part before the @ is not in ASCII; internationalised addresses"
                        + " (RFC 6531) are not supported: use an ASCII address for this person"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void anAddressThatCannotBeSentToIsRefusedSayingWhy(String address, String reason) {
        assertThat(EmailAddress.isValid(address)).isFalse();
        assertThat(EmailAddress.problem(address)).hasValueSatisfying(message -> assertThat(message)
                .contains(PREFIX + reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ops@example.org", "first.last@example.org", "o'brien+pactwatch@sub.example.co.uk",
            "a-b_c@xn--exmple-cua.org", "x@a.io"})
    void anOrdinaryAddressIsAccepted(String address) {
        assertThat(EmailAddress.problem(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u202Eb@example.org", "ops@exa\rmple.org"})
    void theMessageNamesInvisibleCharactersInsteadOfPrintingThem(String address) {
        assertThat(EmailAddress.problem(address).orElseThrow()).doesNotContain("\u202E", "\r").contains("<U+");
    }

    @ParameterizedTest
    @ValueSource(ints = {254, 255})
    void theLongestAddressHas254Characters(int length) {
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".";
        String address = "a".repeat(length - 1 - domain.length() - 3) + "@" + domain + "org";

        assertThat(address).hasSize(length);
        assertThat(EmailAddress.isValid(address)).isEqualTo(length <= EmailAddress.MAX_LENGTH);
    }
}
