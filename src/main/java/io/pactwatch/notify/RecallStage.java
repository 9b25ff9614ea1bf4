package io.pactwatch.notify;

import io.pactwatch.ledger.Fingerprint;
import io.pactwatch.ledger.Ledger;
import io.pactwatch.ledger.LedgerEntry;
import io.pactwatch.model.Alert;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads what the ledger holds, once (taking the pass lock: {@link Ledger#begin}), and pairs each alert that
 * fires now, and each that stopped firing, with its entry: one {@link AlertInPass} per fingerprint.
 */
final class RecallStage implements PassStage {

    private final Ledger ledger;

    RecallStage(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public String name() {
        return "recall";
    }

    @Override
    public void run(PassState pass) throws SQLException {
        pass.ledger = ledger.begin(pass.connection, pass.asOf);
        Map<String, Alert> firing = new LinkedHashMap<>();
        for (Alert alert : pass.evaluated) {
            firing.putIfAbsent(Fingerprint.of(alert), alert); // one alert per identity, as the ledger has one row
        }
        for (Map.Entry<String, Alert> now : firing.entrySet()) {
            pass.add(new AlertInPass(now.getKey(), now.getValue(), pass.ledger.firing().get(now.getKey()), true,
                    pass.known.commitment(now.getValue().commitment())));
        }
        for (LedgerEntry gone : pass.ledger.firing().values()) {
            if (!firing.containsKey(gone.fingerprint())) {
                pass.add(new AlertInPass(gone.fingerprint(), gone.alert(), gone, false,
                        pass.known.commitment(gone.alert().commitment())));
            }
        }
    }
}
