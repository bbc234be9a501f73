package gov.hotline.telephony.api;

import gov.hotline.telephony.port.CallerHistory;
import java.time.Instant;
import java.util.List;

/**
 * The screen pop (来电弹屏) for an agent connected to a caller: the call, the caller's number, and their earlier
 * tickets and calls.
 */
public record ScreenPop(String agentInterface, String callId, String callerNumber, String queue, Instant at,
                        List<CallerHistory.TicketSummary> previousTickets, List<PreviousCall> previousCalls) {
  /** An earlier call of the same caller, in one line. */
  public record PreviousCall(String callId, Instant startedAt, String outcome, String agentInterface) {
  }
}
