package gov.hotline.telephony.port;

import java.util.function.Function;

/**
 * Opens one transaction over the telephony storage; the only way telephony services reach their
 * repositories.
 */
public interface TelephonyTransactions {
  <T> T inTransaction(Function<TelephonyRepositories, T> work);

  /**
   * Whether a failure means the database cannot be reached (connection refused or lost, pool
   * exhausted, server shutting down): worth retrying the same work later. Any other failure would
   * fail again the same way.
   */
  default boolean unreachable(RuntimeException failure) {
    return false;
  }
}
