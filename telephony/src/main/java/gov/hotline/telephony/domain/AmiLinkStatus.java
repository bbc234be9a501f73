package gov.hotline.telephony.domain;

import java.time.Instant;

/**
 * The state of the AMI link to one Asterisk server, for {@code /health} and {@code /metrics}: its
 * {@link State}, since when; how often it reconnected; the last failure; the current session.
 */
public record AmiLinkStatus(
    String serverId,
    State state,
    Instant since,
    long reconnects,
    String lastError,
    long sessionId) {
  /**
   * Where the link is: logging in (after a start or a drop), logged in and reading, or down until
   * the next try.
   */
  public enum State {
    CONNECTING,
    CONNECTED,
    DISCONNECTED
  }

  public boolean connected() {
    return state == State.CONNECTED;
  }
}
