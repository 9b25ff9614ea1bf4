package io.pactwatch.ledger;

import java.time.LocalDate;

/**
 * A commitment's deadline as calendars know it: the UID stays the one minted for the first date told, SEQUENCE
 * grows each time the date moves, so a re-sent reminder updates the entry instead of adding one (RFC 5545
 * 3.8.4.7 and 3.8.7.4).
 */
public record CalendarEntry(String commitment, String uid, LocalDate due, int sequence) {
}
