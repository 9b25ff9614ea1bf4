package io.pactwatch.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** H2's page cache: sized from the heap unless the URL names one (docs/configuration.md, database.url). */
class H2CacheTest {

    @TempDir
    Path dir;

    @Test
    void theEmbeddedDatabaseGetsAnEighthOfTheHeapForItsCacheWithinItsBounds() {
        try (Database db = Database.open(DatabaseSettings.h2File(dir.resolve("a")), Map.of())) {
            assertThat(cacheMb(db)).isEqualTo(Database.h2CacheKb(Runtime.getRuntime().maxMemory()) / 1024);
        }
        assertThat(Database.h2CacheKb(64L << 20)).as("a small heap: H2's own 16 MB").isEqualTo(16 * 1024);
        assertThat(Database.h2CacheKb(4L << 30)).isEqualTo(512 * 1024);
        assertThat(Database.h2CacheKb(32L << 30)).as("at most 1 GB").isEqualTo(1024 * 1024);
    }

    @Test
    void aCacheSizeInTheUrlIsKept() {
        DatabaseSettings h2 = DatabaseSettings.h2File(dir.resolve("b"));
        try (Database db = Database.open(new DatabaseSettings(h2.url() + ";CACHE_SIZE=32768", h2.user(), null),
                Map.of())) {
            assertThat(cacheMb(db)).isEqualTo(32);
        }
    }

    private static long cacheMb(Database db) {
        return db.inTransaction((Connection c) -> Sql.query(c, "select setting_value from information_schema.settings"
                + " where setting_name = 'info.CACHE_MAX_SIZE'", r -> Long.parseLong(r.getString(1))).get(0));
    }
}
