package gov.hotline.core.attachment;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.user.Actor;
import java.time.Instant;

/**
 * One file attached to a ticket: its content is stored once under {@code sha256}; {@code
 * displayName} is the uploaded name made safe ({@link SafeNames}), shown and offered on download,
 * never used as a path.
 */
public record Attachment(
    long id,
    TicketId ticketId,
    String sha256,
    AttachmentType type,
    long size,
    String displayName,
    AttachmentPurpose purpose,
    boolean hasThumbnail,
    Instant uploadedAt,
    Actor uploadedBy) {
  public Attachment withId(long newId) {
    return new Attachment(
        newId,
        ticketId,
        sha256,
        type,
        size,
        displayName,
        purpose,
        hasThumbnail,
        uploadedAt,
        uploadedBy);
  }
}
