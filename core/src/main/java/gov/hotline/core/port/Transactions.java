package gov.hotline.core.port;

import java.util.function.Function;

/** Opens one transaction per use case; the only way services reach repositories. */
public interface Transactions {
  <T> T inTransaction(Function<Repositories, T> work);
}
