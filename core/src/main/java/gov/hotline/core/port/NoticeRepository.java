package gov.hotline.core.port;

import gov.hotline.core.id.TicketId;
import gov.hotline.core.notice.OneTimeNotice;
import java.time.Instant;
import java.util.Optional;

/** The one-time notices (一次性告知) stored with directly closed tickets. */
public interface NoticeRepository {
  void save(TicketId ticketId, OneTimeNotice notice, Instant at);

  Optional<OneTimeNotice> of(TicketId ticketId);
}
