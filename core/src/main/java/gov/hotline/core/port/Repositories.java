package gov.hotline.core.port;

/** The repositories bound to one transaction. */
public interface Repositories {
  TicketRepository tickets();

  UserRepository users();

  ReferenceDataRepository referenceData();

  /** Metadata of ticket attachments; stores without them refuse attachments. */
  default AttachmentRepository attachments() {
    throw new UnsupportedOperationException("no attachments in this store");
  }

  /** Callback calls (回访外呼) and their tickets; stores without them refuse a callback's call. */
  default CallbackCallRepository callbackCalls() {
    throw new UnsupportedOperationException("no callback calls in this store");
  }

  /** The link to the city platform; stores without it refuse city cases. */
  default CityRepository city() {
    throw new UnsupportedOperationException("no city link in this store");
  }

  /** Idempotency keys of ticket intake; stores without them refuse keyed requests. */
  default IdempotencyRepository idempotency() {
    throw new UnsupportedOperationException("no idempotency keys in this store");
  }
}
