package io.pactwatch.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The SMTP server the delivery benchmark sends to: by default a GreenMail started in this JVM on 127.0.0.1 on a
 * free port (so that a run needs nothing installed), or an existing server given as {@code host:port}.
 */
public final class BenchSmtp implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final String host;
    private final int port;
    private final GreenMail local;
    private final SinkSmtpServer sink;

    private BenchSmtp(String host, int port, GreenMail local, SinkSmtpServer sink) {
        this.host = host;
        this.port = port;
        this.local = local;
        this.sink = sink;
    }

    /** Starts a {@link SinkSmtpServer} (accepts and discards everything) on the loopback interface. */
    public static BenchSmtp sink() {
        try {
            SinkSmtpServer server = new SinkSmtpServer();
            return new BenchSmtp(LOOPBACK, server.port(), null, server);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot start the SMTP sink", e);
        }
    }

    /** Starts a GreenMail on the loopback interface; port 0 lets the system pick a free one. */
    public static BenchSmtp local() {
        GreenMail server = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new BenchSmtp(LOOPBACK, server.getSmtp().getPort(), server, null);
    }

    /** An existing plain-text SMTP server (no authentication, no TLS), as {@code host:port}. */
    public static BenchSmtp at(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("--smtp wants HOST:PORT, got \"" + hostAndPort + "\"");
        }
        try {
            return new BenchSmtp(hostAndPort.substring(0, colon), Integer.parseInt(hostAndPort.substring(colon + 1)),
                    null, null);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--smtp wants HOST:PORT with a numeric port, got \"" + hostAndPort + "\"",
                    e);
        }
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String describe() {
        if (sink != null) {
            return "a discarding SMTP sink in the same JVM (`SinkSmtpServer`) on " + host;
        }
        return local != null ? "a GreenMail in the same JVM on " + host : "the SMTP server at " + host + ":" + port;
    }

    /** Drops what a local server has received, so that a long run does not keep every message in the heap. */
    void forgetReceived() {
        if (local != null) {
            try {
                local.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                throw new IllegalStateException("GreenMail could not drop its messages", e);
            }
        }
    }

    @Override
    public void close() {
        if (local != null) {
            local.stop();
        }
        if (sink != null) {
            try {
                sink.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
