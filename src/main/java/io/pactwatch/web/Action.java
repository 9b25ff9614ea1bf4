package io.pactwatch.web;

/** What a signed token lets its bearer do; a token for one action is refused for any other. */
enum Action {
    ACKNOWLEDGE("acknowledge"),
    RECORD_PROGRESS("progress"),
    OPEN_ALERT("open-alert"),
    OPEN_COMMITMENT("open-commitment"),
    /** A one-time sign-in link. */
    SIGN_IN("sign-in");

    private final String claim;

    Action(String claim) {
        this.claim = claim;
    }

    String claim() {
        return claim;
    }

    static Action ofClaim(String claim) {
        for (Action action : values()) {
            if (action.claim.equals(claim)) {
                return action;
            }
        }
        return null;
    }
}
