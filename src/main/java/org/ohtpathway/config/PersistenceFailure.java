package org.ohtpathway.config;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A statement the database refused, described by its SQL state only. The database's own
 * message holds the statement and often the value that did not fit (H2: "Value too long for
 * column ... 'the value' (320)"; PostgreSQL: "Key (crn)=(the value) already exists"), so it
 * is neither answered nor logged. Forms refuse what would not fit before the database sees
 * it ({@code form/TextColumn}); this covers whatever still gets through.
 */
record PersistenceFailure(String sqlState) {

  /** SQL state classes whose database messages quote the values of the statement. */
  private static final String DATA_EXCEPTION = "22";
  private static final String INTEGRITY_CONSTRAINT_VIOLATION = "23";

  /** The refused statement behind a failure, if one is among its causes. */
  static Optional<PersistenceFailure> in(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        return Optional.of(new PersistenceFailure(String.valueOf(sql.getSQLState())));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  /** Whether the database's message may repeat a value of the statement. */
  boolean quotesValues() {
    return sqlState.startsWith(DATA_EXCEPTION) || sqlState.startsWith(INTEGRITY_CONSTRAINT_VIOLATION);
  }

  /** A value that does not fit or is not of its column's kind is the caller's to correct. */
  boolean callersMistake() {
    return sqlState.startsWith(DATA_EXCEPTION);
  }

  int status() {
    return callersMistake() ? 400 : 500;
  }

  String message() {
    return callersMistake()
        ? "A value is too long for its field or not of the kind the field takes; shorten or correct it and try again."
        : "The request could not be saved. Try again; if it fails again, tell the service's administrator.";
  }
}
