package gov.hotline.core.port;

import gov.hotline.core.attachment.Attachment;
import gov.hotline.core.id.TicketId;
import java.util.List;
import java.util.Optional;

/** Metadata of ticket attachments (the content is in {@link AttachmentFiles}). */
public interface AttachmentRepository {
  /** Stores the metadata and returns its id. */
  long insert(Attachment a);

  /** The attachments of a ticket, oldest first. */
  List<Attachment> ofTicket(TicketId ticket);

  Optional<Attachment> find(TicketId ticket, long id);
}
