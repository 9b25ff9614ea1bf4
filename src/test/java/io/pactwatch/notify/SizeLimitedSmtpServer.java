package io.pactwatch.notify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMTP server with a message size limit, as Postfix's {@code message_size_limit}: a message larger than
 * {@code limit} bytes is refused after its data with {@code 552 5.3.4} (RFC 1870 6.1; RFC 3463). With
 * {@code advertised} it states the limit in its EHLO reply ({@code SIZE}), as Postfix does. GreenMail has no size
 * limit. Messages it takes are kept, one connection at a time.
 */
final class SizeLimitedSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final int limit;
    private final boolean advertised;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<Integer> refused = new CopyOnWriteArrayList<>();
    private final Thread thread;

    SizeLimitedSmtpServer(int limit, boolean advertised) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.limit = limit;
        this.advertised = advertised;
        this.thread = new Thread(this::acceptAll, "smtp-size-limited");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The messages taken, as received (dot-stuffing undone). */
    List<String> accepted() {
        return accepted;
    }

    /** The sizes of the messages refused after their data. */
    List<Integer> refused() {
        return refused;
    }

    private void acceptAll() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                serve(socket);
            } catch (IOException e) {
                // closed, or the client went away
            }
        }
    }

    private void serve(Socket socket) throws IOException {
        // ISO-8859-1: one char per byte, so that sizes are counted in bytes
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                StandardCharsets.ISO_8859_1));
        OutputStream out = socket.getOutputStream();
        reply(out, "220 size-limited ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (verb) {
                case "EHLO" -> reply(out, advertised ? "250-size-limited\r\n250 SIZE " + limit : "250 size-limited");
                case "DATA" -> {
                    reply(out, "354 go ahead");
                    StringBuilder message = new StringBuilder();
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        message.append(data.startsWith(".") ? data.substring(1) : data).append("\r\n");
                    }
                    if (message.length() > limit) {
                        refused.add(message.length());
                        reply(out, "552 5.3.4 Message size exceeds fixed limit");
                    } else {
                        accepted.add(message.toString());
                        reply(out, "250 2.0.0 queued");
                    }
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 OK");
            }
        }
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
