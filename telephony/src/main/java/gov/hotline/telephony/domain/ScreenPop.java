package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.List;

/**
 * The screen pop (来电弹屏) for an agent connected to a caller: the call, the caller's number, their
 * tickets ({@code previousTickets}: all of them, open ones first, then newest first; {@code
 * openTickets}: the open ones only, newest first) and earlier calls; {@code repeatCaller} (重复来电)
 * when they called within the last 7 days or have an open ticket, {@code confidential} (保密) when an
 * open ticket is confidential.
 */
public record ScreenPop(
    String agentInterface,
    String callId,
    String callerNumber,
    String queue,
    Instant at,
    List<CallerTicket> openTickets,
    List<CallerTicket> previousTickets,
    List<PreviousCall> previousCalls,
    boolean repeatCaller,
    boolean confidential) {
  /** An earlier call of the same caller, in one line. */
  public record PreviousCall(
      String callId,
      Instant startedAt,
      String outcome,
      String outcomeLabel,
      String agentInterface) {}
}
