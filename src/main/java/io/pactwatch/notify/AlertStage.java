package io.pactwatch.notify;

/**
 * A stage that answers about each alert that fires now (acknowledged, silenced, ...). It answers about every
 * one, also those an earlier stage already kept quiet: the first {@code QUIET} decides, and the rest are the
 * record of what else held (docs/notifications.md, "History: why an alert was told").
 */
abstract class AlertStage implements PassStage {

    @Override
    public final void run(PassState pass) {
        for (AlertInPass alert : pass.alerts()) {
            if (alert.firing()) {
                judge(alert, pass);
            }
        }
    }

    abstract void judge(AlertInPass alert, PassState pass);
}
