package gov.hotline.telephony.port;

import java.time.Instant;
import java.util.List;

/**
 * Tickets (工单) as telephony needs to see them: those created from a call, and a caller's earlier ones for the
 * screen pop. Implemented in infra over the ticket store; telephony never reads tickets otherwise.
 */
public interface CallerHistory {
  /** A ticket in one line; {@code open} while it is being handled, {@code confidential} when 保密. */
  record TicketSummary(long id, String no, String status, String statusLabel, String appealType, String content,
                       String callId, Instant createdAt, boolean open, boolean confidential) {
  }

  /** Tickets created from the call, and the ticket a callback was made for ({@code ticketNo}, may be null). */
  List<TicketSummary> ticketsOfCall(String callId, String ticketNo);

  /**
   * The caller's most recent tickets, newest first; {@code phone} as Asterisk gave it, matched in its usual forms
   * (see {@code CallerNumbers}).
   */
  List<TicketSummary> ticketsOfCaller(String phone, int limit);
}
