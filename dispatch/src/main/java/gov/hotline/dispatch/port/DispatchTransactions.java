package gov.hotline.dispatch.port;

import java.util.function.Function;

/**
 * Opens one transaction per dispatch use case, with the core repositories (tickets, reference data)
 * and the dispatch repositories bound to it, so that a ticket transition and its dispatch records
 * commit together.
 */
public interface DispatchTransactions {
  <T> T inTransaction(Function<DispatchRepositories, T> work);
}
