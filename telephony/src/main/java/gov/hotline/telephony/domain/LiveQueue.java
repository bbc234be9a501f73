package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One queue right now (实时队列): callers waiting with their wait, the longest wait, and its members
 * (座席) with their state; {@code byState} counts members per state.
 */
public record LiveQueue(
    String server,
    String name,
    List<Waiting> waiting,
    long longestWaitSeconds,
    List<Member> members,
    Map<AgentState, Integer> byState,
    Instant at) {

  /** A caller waiting in the queue. */
  public record Waiting(String callId, String callerNumber, int position, long waitSeconds) {}

  /**
   * A member: interface, name, state (paused with its reason), since when, and the call it is on.
   */
  public record Member(
      String iface,
      String name,
      AgentState state,
      String pausedReason,
      long stateSeconds,
      String callId,
      String callerNumber) {}
}
