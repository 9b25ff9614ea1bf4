package io.pactwatch.cli;

/** How a command prints what it found. */
enum Format {
    TABLE, JSON
}
