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

  /** Ratings (好差评) and follow-ups (整改); stores without them refuse ratings. */
  default RatingRepository ratings() {
    throw new UnsupportedOperationException("no ratings in this store");
  }

  /** One-time notices (一次性告知) of directly closed tickets. */
  default NoticeRepository notices() {
    throw new UnsupportedOperationException("no notices in this store");
  }

  /** Appeals citizens filed themselves and their tracking numbers. */
  default CitizenAppealRepository citizenAppeals() {
    throw new UnsupportedOperationException("no citizen appeals in this store");
  }
}
