package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An AMI message with where and when it arrived: the Asterisk server, the connection ({@code
 * sessionId}, unique per server), its position in that connection ({@code seq}), the wall-clock
 * receive time, and a monotonic receive stamp for latency figures. {@code (serverId, receivedAt,
 * sessionId, seq)} identifies it in the raw event log.
 */
public record ReceivedMessage(
    String serverId,
    long sessionId,
    long seq,
    Instant receivedAt,
    long receivedNanos,
    AmiMessage message) {
  public ReceivedMessage {
    Objects.requireNonNull(serverId);
    Objects.requireNonNull(receivedAt);
    Objects.requireNonNull(message);
  }

  /**
   * When Asterisk says the event happened: its {@code Timestamp} header (sent with {@code
   * timestampevents=yes}, epoch seconds with microseconds), else the receive time.
   */
  public Instant eventTime() {
    Instant ts = EventTimes.timestamp(message);
    return ts != null ? ts : receivedAt;
  }
}
