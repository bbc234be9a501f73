package gov.hotline.telephony.port;

import java.time.Instant;
import java.util.List;

/**
 * Tickets (工单) as telephony needs to see them: those created from a call, and a caller's earlier ones for the
 * screen pop. Implemented in infra over the ticket store; telephony never reads tickets otherwise.
 */
public interface CallerHistory {
  /** A ticket in one line. */
  record TicketSummary(long id, String no, String status, String appealType, String content, String callId,
                       Instant createdAt) {
  }

  List<TicketSummary> ticketsOfCall(String callId);

  /** The caller's most recent tickets, newest first. */
  List<TicketSummary> ticketsOfCaller(String phone, int limit);
}
