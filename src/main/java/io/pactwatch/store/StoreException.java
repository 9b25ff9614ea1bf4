package io.pactwatch.store;

import java.sql.SQLException;

/** A database call failed: an internal error (or the database went away), never bad input. */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }
}
