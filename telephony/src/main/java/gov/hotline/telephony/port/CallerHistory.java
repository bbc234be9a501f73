package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.CallerTicket;
import java.util.List;

/**
 * Tickets (工单) as telephony needs to see them: those created from a call, and a caller's earlier
 * ones for the screen pop. Implemented in infra over the ticket store; telephony never reads
 * tickets otherwise.
 */
public interface CallerHistory {
  /**
   * Tickets created from the call, and the ticket a callback was made for ({@code ticketNo}, may be
   * null).
   */
  List<CallerTicket> ticketsOfCall(String callId, String ticketNo);

  /**
   * The caller's most recent tickets, newest first; {@code phone} as Asterisk gave it, matched in
   * its usual forms (see {@code CallerNumbers}).
   */
  List<CallerTicket> ticketsOfCaller(String phone, int limit);
}
