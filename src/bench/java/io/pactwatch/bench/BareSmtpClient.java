package io.pactwatch.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The baseline the delivery figures are compared with: the least an SMTP client can do (RFC 5321 3.3), on one
 * connection, one command per write and no pipelining, as Python's {@code smtplib} does. Only for the benchmark:
 * no TLS, no authentication, no retry; any reply but the expected one stops it.
 */
final class BareSmtpClient implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    BareSmtpClient(String host, int port) throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), (int) TIMEOUT.toMillis());
        socket.setSoTimeout((int) TIMEOUT.toMillis());
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
        expect(220);
        command("EHLO bench.localhost", 250);
    }

    /** Sends one message; {@code raw} is an RFC 5322 message with CRLF line ends. */
    void send(String from, String to, String raw) throws IOException {
        command("MAIL FROM:<" + from + ">", 250);
        command("RCPT TO:<" + to + ">", 250);
        command("DATA", 354);
        out.write(dotStuffed(raw).getBytes(StandardCharsets.US_ASCII));
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(250);
    }

    @Override
    public void close() throws IOException {
        try {
            command("QUIT", 221);
        } finally {
            socket.close();
        }
    }

    private static String dotStuffed(String raw) {
        String body = raw.endsWith("\r\n") ? raw : raw + "\r\n";
        return (body.startsWith(".") ? "." : "") + body.replace("\r\n.", "\r\n..");
    }

    private void command(String line, int expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        expect(expected);
    }

    /** Reads a reply, all its lines (RFC 5321 4.2.1), and fails unless its code is {@code expected}. */
    private void expect(int expected) throws IOException {
        String line;
        do {
            line = readLine();
        } while (line.length() > 3 && line.charAt(3) == '-');
        if (!line.startsWith(Integer.toString(expected))) {
            throw new IOException("expected " + expected + ", the server said: " + line);
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("the server closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }
}
