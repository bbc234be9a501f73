package gov.hotline.telephony.service;

import gov.hotline.telephony.port.TelephonyRepositories;
import gov.hotline.telephony.port.TelephonyTransactions;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * The transactions of one server's ingestion, fenced by its lease: each first checks that the
 * fencing token this instance holds is still the server's live lease (locking the lease row until
 * the commit) and refuses with {@link Fenced} otherwise, so an instance whose lease expired or was
 * taken over cannot write a single event after the new holder began.
 */
public final class FencedTransactions implements TelephonyTransactions {
  /** The lease was lost: the work was not done, and this instance must stop writing. */
  public static final class Fenced extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Fenced(String serverId, long token) {
      super("ingestion lease of " + serverId + " (token " + token + ") is no longer held");
    }
  }

  private final TelephonyTransactions store;
  private final String serverId;
  private final LongSupplier token;

  /** {@code token}: the token this instance holds now. */
  public FencedTransactions(TelephonyTransactions store, String serverId, LongSupplier token) {
    this.store = store;
    this.serverId = serverId;
    this.token = token;
  }

  @Override
  public <T> T inTransaction(Function<TelephonyRepositories, T> work) {
    long held = token.getAsLong();
    return store.inTransaction(
        r -> {
          if (!r.ingestLeases().holds(serverId, held)) {
            throw new Fenced(serverId, held);
          }
          return work.apply(r);
        });
  }

  @Override
  public boolean unreachable(RuntimeException failure) {
    return store.unreachable(failure);
  }
}
