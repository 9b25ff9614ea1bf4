package io.pactwatch.notify;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.net.SocketTimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each SMTP failure means for delivery, on Angus Mail's own exceptions (the ones GreenMail cannot provoke:
 * a 550 for a recipient, a TLS handshake failure).
 */
class SmtpClassificationTest {

    @Test
    void a550ForTheRecipientIsPermanent() throws Exception {
        SendFailedException failed = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                new InternetAddress("gone@example.org"), "RCPT TO:<gone@example.org>", 550, "550 5.1.1 no such user"));

        SendResult result = SmtpTransport.classify(failed);

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.REJECTED);
        assertThat(result.detail()).startsWith("550");
    }

    @Test
    void a452AfterDataIsTransient() throws Exception {
        SendResult result = SmtpTransport.classify(new SMTPSendFailedException("DATA", 452,
                "452 4.3.1 insufficient storage", null, null, null, null));

        assertThat(result.retryable()).isTrue();
        assertThat(result.detail()).startsWith("452");
    }

    @Test
    void aReadTimeoutIsTransient() {
        // a refused connection is provoked for real in OutboxDeliveryTest
        assertThat(SmtpTransport.classify(new MessagingException("read", new SocketTimeoutException("Read timed out")))
                .retryable()).isTrue();
    }

    @Test
    void authenticationAndTlsFailuresPauseDelivery() {
        assertThat(SmtpTransport.classify(new AuthenticationFailedException("535 5.7.8 bad credentials")).outcome())
                .isEqualTo(SendResult.Outcome.MISCONFIGURED);
        assertThat(SmtpTransport.classify(new MessagingException("Could not convert socket to TLS",
                new SSLHandshakeException("PKIX path building failed"))).outcome())
                .isEqualTo(SendResult.Outcome.MISCONFIGURED);
        assertThat(SmtpTransport.classify(new MessagingException("STARTTLS is required but host does not support"
                + " STARTTLS")).outcome()).isEqualTo(SendResult.Outcome.MISCONFIGURED);
    }

    @Test
    void theServersReplyCodeIsWrittenOnceInTheReason() {
        SendResult result = SmtpTransport.classify(new SMTPSendFailedException("DATA", 451,
                "451 4.3.0 mailbox busy", null, null, null, null));

        assertThat(result.detail()).isEqualTo("451 4.3.0 mailbox busy");
    }

    @Test
    void aRecipientRejectedWithoutTheServersTextStillSaysTheCode() throws Exception {
        SendFailedException failed = new SendFailedException("Invalid Addresses", new SMTPAddressFailedException(
                new InternetAddress("gone@example.org"), "RCPT TO:<gone@example.org>", 550, "no such user"));

        assertThat(SmtpTransport.classify(failed).detail()).isEqualTo("550 no such user");
    }

    @Test
    void noAnswerAtAllMeansTheServerIsUnreachableNotThatTheMessageIsBad() {
        SendResult result = SmtpTransport.classify(new MessagingException("Exception reading response",
                new SocketTimeoutException("Read timed out")));

        assertThat(result.outcome()).isEqualTo(SendResult.Outcome.UNREACHABLE);
        assertThat(result.retryable()).isTrue();
    }

    @Test
    void aRefusalForTheMessagesSizeIsTooLargeButAFullMailboxIsTheRecipientsProblem() {
        assertThat(SmtpTransport.classify(new SMTPSendFailedException("DATA", 552,
                "552 5.3.4 Message size exceeds fixed limit", null, null, null, null)).outcome())
                .isEqualTo(SendResult.Outcome.TOO_LARGE);
        assertThat(SmtpTransport.classify(new SMTPSendFailedException("DATA", 552,
                "552 Message size exceeds maximum permitted", null, null, null, null)).outcome())
                .isEqualTo(SendResult.Outcome.TOO_LARGE);
        assertThat(SmtpTransport.classify(new SMTPSendFailedException("DATA", 554,
                "554 5.3.4 Message too big for system", null, null, null, null)).outcome())
                .isEqualTo(SendResult.Outcome.TOO_LARGE);
        assertThat(SmtpTransport.classify(new SMTPSendFailedException("DATA", 552,
                "552 5.2.2 Mailbox full", null, null, null, null)).outcome())
                .isEqualTo(SendResult.Outcome.REJECTED);
    }
}
