package gov.hotline.core.citizen;

import gov.hotline.core.id.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * An appeal a citizen filed on the public page (网站/微信/留言板): its ticket, its tracking number, the
 * fingerprint of its phone and text ({@code duplicateKey}, to catch the same appeal sent twice),
 * the client's {@code Idempotency-Key} if it sent one, and the client's address.
 */
public record CitizenAppeal(
    TicketId ticketId,
    TrackingNo trackingNo,
    String duplicateKey,
    String idempotencyKey,
    String client,
    Instant filedAt) {
  public CitizenAppeal {
    Objects.requireNonNull(ticketId);
    Objects.requireNonNull(trackingNo);
    Objects.requireNonNull(duplicateKey);
    Objects.requireNonNull(filedAt);
  }
}
