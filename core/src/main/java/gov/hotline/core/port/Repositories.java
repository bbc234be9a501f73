package gov.hotline.core.port;

/** The repositories bound to one transaction. */
public interface Repositories {
  TicketRepository tickets();

  UserRepository users();

  ReferenceDataRepository referenceData();

  /** Idempotency keys of ticket intake; stores without them refuse keyed requests. */
  default IdempotencyRepository idempotency() {
    throw new UnsupportedOperationException("no idempotency keys in this store");
  }
}
