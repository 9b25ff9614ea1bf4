package io.pactwatch.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Building addresses from values that may hold any character (commitment ids, party names). */
final class Urls {

    private Urls() {
    }

    /** One path segment, percent-encoded. */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
