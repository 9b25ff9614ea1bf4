package io.pactwatch.web;

import io.pactwatch.store.Database;
import io.pactwatch.store.Sql;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** The console's rows (V5): spent one-time tokens, sign-in requests, calendar secrets. */
final class WebStore {

    private static final int SECRET_BYTES = 24;

    private final Database db;
    private final Clock clock;
    private final SecureRandom random;

    WebStore(Database db, Clock clock, SecureRandom random) {
        this.db = db;
        this.clock = clock;
        this.random = random;
    }

    /** Records a one-time token as used; false when it already was (on any node). */
    boolean spend(String tokenId) {
        return db.inTransaction(c -> Sql.update(c, "insert into web_token_spent (token_id, spent_at) values (?, ?)"
                + " on conflict do nothing", tokenId, clock.instant()) == 1);
    }

    /** Records a sign-in request unless {@code address} already had {@code perHour} in the last hour. */
    boolean allowSignIn(String address, int perHour) {
        return db.inTransaction(c -> {
            List<Long> recent = Sql.query(c, "select count(*) from web_sign_in_request where address = ?"
                    + " and requested_at > ?", row -> row.getLong(1), address,
                    clock.instant().minus(Duration.ofHours(1)));
            if (recent.get(0) >= perHour) {
                return false;
            }
            Sql.update(c, "insert into web_sign_in_request (address, requested_at) values (?, ?)", address,
                    clock.instant());
            return true;
        });
    }

    /** The address's calendar secret, made on first use. */
    String calendarSecret(String address) {
        return db.inTransaction(c -> {
            List<String> known = Sql.query(c, "select secret from web_calendar where address = ?",
                    row -> row.getString(1), address);
            if (!known.isEmpty()) {
                return known.get(0);
            }
            String secret = secret();
            Sql.update(c, "insert into web_calendar (address, secret, created_at) values (?, ?, ?)", address, secret,
                    clock.instant());
            return secret;
        });
    }

    /** A new secret for the address; the old calendar URL stops working. */
    String renewCalendarSecret(String address) {
        return db.inTransaction(c -> {
            Sql.update(c, "delete from web_calendar where address = ?", address);
            String secret = secret();
            Sql.update(c, "insert into web_calendar (address, secret, created_at) values (?, ?, ?)", address, secret,
                    clock.instant());
            return secret;
        });
    }

    /** Whose calendar this secret opens. */
    Optional<String> calendarOwner(String secret) {
        return db.inTransaction(c -> Sql.query(c, "select address from web_calendar where secret = ?",
                row -> row.getString(1), secret)).stream().findFirst();
    }

    private String secret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
