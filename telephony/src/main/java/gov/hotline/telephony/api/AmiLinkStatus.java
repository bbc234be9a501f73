package gov.hotline.telephony.api;

import java.time.Instant;

/**
 * The state of the AMI link to one Asterisk server, for {@code /health} and {@code /metrics}: {@code CONNECTED},
 * {@code CONNECTING} or {@code DISCONNECTED}; how often it reconnected; the last failure; the current session.
 */
public record AmiLinkStatus(String serverId, String state, Instant since, long reconnects, String lastError,
                            long sessionId) {
  public boolean connected() {
    return "CONNECTED".equals(state);
  }
}
