package io.pactwatch.progress;

import io.pactwatch.model.Labels;

/** Where a progress entry comes from: the registry files, or recorded in Pactwatch from the web console or CLI. */
public enum Origin {
    FILE, WEB, CLI;

    public String label() {
        return Labels.of(this);
    }
}
