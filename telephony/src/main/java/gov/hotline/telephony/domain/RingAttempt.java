package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * One time the queue rang an agent (振铃) for this call: which agent channel and interface, when, and
 * how it ended ({@code RINGING}, {@code NO_ANSWER}, {@code ANSWERED}, {@code CANCELED}); {@code
 * ringMillis} when Asterisk said.
 */
public record RingAttempt(
    String agentChannel,
    String agentInterface,
    String memberName,
    Instant at,
    String result,
    Long ringMillis) {
  public static final String RINGING = "RINGING";
  public static final String NO_ANSWER = "NO_ANSWER";
  public static final String ANSWERED = "ANSWERED";
  public static final String CANCELED = "CANCELED";

  public RingAttempt ended(String how, Long millis) {
    if (!RINGING.equals(result)) {
      return this;
    }
    return new RingAttempt(
        agentChannel, agentInterface, memberName, at, how, millis != null ? millis : ringMillis);
  }
}
