package io.pactwatch.web;

/** Who is signed in: an address, and whether it is one of {@code daemon.admin}. */
record Viewer(String address, boolean admin) {
}
