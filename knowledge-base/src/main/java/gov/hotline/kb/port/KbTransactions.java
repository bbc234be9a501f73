package gov.hotline.kb.port;

import java.util.function.Function;

/**
 * Opens one transaction per knowledge-base use case; the only way the services reach the kb
 * repositories.
 */
public interface KbTransactions {
  <T> T inTransaction(Function<KbRepositories, T> work);
}
