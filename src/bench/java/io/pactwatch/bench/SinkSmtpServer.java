package io.pactwatch.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fastest SMTP server the delivery benchmark can send to: it accepts every command and message and keeps
 * nothing (as an MTA configured to discard would), so that the figures measured against it are the client's
 * (Pactwatch's outbox and transport), not the server's. GreenMail, which stores every message and creates a user
 * per recipient, is the slower, more realistic neighbour. Only for the benchmark: no TLS, no authentication, no
 * checks; it advertises PIPELINING (RFC 2920) and answers a pipelined group as one write.
 *
 * <p>It runs in the benchmark's JVM, on the same 2 cores as the client it measures, so it reads a message's content
 * in bulk, looking only for the end-of-data line (RFC 5321 4.1.1.4), rather than line by line: read a byte at a
 * time it took more CPU than the client (docs/benchmarks.md).
 */
final class SinkSmtpServer implements AutoCloseable {

    private static final byte[] END_OF_DATA = ".\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "smtp-sink");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong received = new AtomicLong();

    SinkSmtpServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        connections.execute(this::acceptAll);
    }

    int port() {
        return server.getLocalPort();
    }

    /** How many messages it has taken. */
    long received() {
        return received.get();
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            Input in = new Input(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            reply(out, in, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, in, "250-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "DATA" -> {
                        reply(out, in, "354 go ahead");
                        if (!in.skipData()) {
                            return;
                        }
                        received.incrementAndGet();
                        reply(out, in, "250 2.0.0 OK discarded");
                    }
                    case "QUIT" -> {
                        reply(out, in, "221 bye");
                        return;
                    }
                    default -> reply(out, in, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away: nothing to keep
        }
    }

    /** Writes a reply, sent at once unless more pipelined commands are already waiting to be read. */
    private static void reply(OutputStream out, Input in, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        if (!in.waiting()) {
            out.flush();
        }
    }

    /** The connection's input, through one buffer that both command lines and message content are read from. */
    private static final class Input {

        private final InputStream in;
        private final byte[] buffer = new byte[64 * 1024];
        private int start;
        private int end;
        /** Whether the last byte consumed ended a line: the end-of-data line can only start there. */
        private boolean atLineStart = true;

        Input(InputStream in) {
            this.in = in;
        }

        /** Whether more input has arrived already (pipelined commands). */
        boolean waiting() throws IOException {
            return start < end || in.available() > 0;
        }

        /** The next line without its CRLF; null at the end of input. */
        String readLine() throws IOException {
            StringBuilder line = new StringBuilder(80);
            while (true) {
                if (start == end && !fill()) {
                    return null;
                }
                int newline = indexOf((byte) '\n', start, end);
                int stop = newline < 0 ? end : newline;
                for (int i = start; i < stop; i++) {
                    if (buffer[i] != '\r') {
                        line.append((char) buffer[i]);
                    }
                }
                start = newline < 0 ? end : newline + 1;
                if (newline >= 0) {
                    atLineStart = true;
                    return line.toString();
                }
            }
        }

        /**
         * Consumes a message's content up to and including its end-of-data line ({@code .} alone on a line).
         *
         * @return false when the input ended first
         */
        boolean skipData() throws IOException {
            int matched = 0; // bytes of ".\r\n" matched at the start of a line
            while (true) {
                if (start == end && !fill()) {
                    return false;
                }
                while (start < end) {
                    byte b = buffer[start++];
                    if (matched > 0 || atLineStart) {
                        if (b == END_OF_DATA[matched]) {
                            if (++matched == END_OF_DATA.length) {
                                atLineStart = true;
                                return true;
                            }
                            atLineStart = false;
                            continue;
                        }
                        matched = 0;
                    }
                    atLineStart = b == '\n';
                    if (!atLineStart) {
                        // skip to the next line end in bulk: nothing before it can end the data
                        int newline = indexOf((byte) '\n', start, end);
                        if (newline < 0) {
                            start = end;
                        } else {
                            start = newline + 1;
                            atLineStart = true;
                        }
                    }
                }
            }
        }

        private int indexOf(byte wanted, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == wanted) {
                    return i;
                }
            }
            return -1;
        }

        private boolean fill() throws IOException {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return false;
            }
            start = 0;
            end = n;
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
