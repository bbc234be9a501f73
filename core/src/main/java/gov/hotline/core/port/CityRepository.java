package gov.hotline.core.port;

import gov.hotline.core.city.CityCase;
import gov.hotline.core.city.CityUpdate;
import gov.hotline.core.city.CityVerdict;
import gov.hotline.core.id.TicketId;
import java.time.Instant;
import java.util.Optional;

/**
 * The link to the city platform (市级平台) inside a transaction: which city case became which ticket,
 * the refused intakes, the outbox of updates for the city, and the city's verdicts.
 */
public interface CityRepository {
  /**
   * Claims a city case number for intake: true if this transaction is the first to take it (a
   * concurrent claim of the same number waits for this transaction, then sees it taken).
   */
  boolean claim(String caseNo, Instant at);

  /** The ticket a city case became, once its intake committed. */
  Optional<TicketId> ticketOf(String caseNo);

  /** Links the claimed case to its new ticket (same transaction as the claim and the ticket). */
  void link(CityCase c, TicketId ticket, String ticketNo);

  /** Keeps a refused intake for a person to look at (推送失败的市级工单). */
  void rejected(String caseNo, String reasonCode, String reason, String payload, Instant at);

  /** Writes an update to the outbox, in the transaction of the ticket change it reports. */
  void enqueue(CityUpdate update);

  /** Records a verdict; false when this verdict id was recorded before (delivered twice). */
  boolean recordVerdict(CityVerdict verdict, String outcome, Instant receivedAt);
}
