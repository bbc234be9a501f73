package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.QueueLogEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Asterisk's queue_log of one server: a file it appends to, or the table it writes (realtime). */
public interface QueueLogSource {
  /** The lines with a time in {@code [from, to)}, in file order. */
  List<QueueLogEntry> read(Instant from, Instant to);

  /** The time of the newest line, if any (Asterisk's clock). */
  Optional<Instant> newest();
}
