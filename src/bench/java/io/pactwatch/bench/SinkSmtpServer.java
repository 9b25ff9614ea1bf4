package io.pactwatch.bench;

import java.io.BufferedInputStream;
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
 */
final class SinkSmtpServer implements AutoCloseable {

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
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            OutputStream out = new BufferedOutputStream(socket.getOutputStream());
            reply(out, in, "220 sink ESMTP");
            boolean data = false;
            String line;
            while ((line = readLine(in)) != null) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        received.incrementAndGet();
                        reply(out, in, "250 2.0.0 OK discarded");
                    }
                    continue;
                }
                String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, in, "250-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "DATA" -> {
                        data = true;
                        reply(out, in, "354 go ahead");
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
    private static void reply(OutputStream out, InputStream in, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        if (in.available() == 0) {
            out.flush();
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder(80);
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                return null;
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
