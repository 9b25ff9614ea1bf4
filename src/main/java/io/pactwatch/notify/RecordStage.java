package io.pactwatch.notify;

import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.Notice;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes the stages' decisions to the ledger ({@link Ledger#write}) and collects what is told. */
final class RecordStage implements PassStage {

    private final Ledger ledger;

    RecordStage(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "record";
    }

    @Override
    public void run(PassState pass) throws SQLException {
        List<Ledger.Decision> decisions = new ArrayList<>(pass.alerts().size());
        List<Notice> notices = new ArrayList<>();
        for (AlertInPass alert : pass.alerts()) {
            decisions.add(alert.decision(pass.asOf));
            alert.notice(pass.asOf).ifPresent(notices::add);
        }
        ledger.write(pass.connection, pass.ledger, pass.asOf, decisions);
        pass.notices = notices;
    }
}
