package gov.hotline.telephony.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the AMI reader hands to ingestion, as cheaply as possible: the raw text of one message
 * (parsed later, off the reader thread), or a connection boundary. {@code (serverId, sessionId,
 * seq)} orders frames of one connection.
 */
public record AmiFrame(
    Type type,
    String serverId,
    long sessionId,
    long seq,
    Instant receivedAt,
    long receivedNanos,
    String raw,
    boolean truncated) {
  /** A message, what was left of one when the socket closed, or a connection boundary. */
  public enum Type {
    MESSAGE,
    PARTIAL,
    CONNECTED,
    DISCONNECTED
  }

  public AmiFrame {
    Objects.requireNonNull(type);
    Objects.requireNonNull(serverId);
    Objects.requireNonNull(receivedAt);
  }

  public boolean isControl() {
    return type == Type.CONNECTED || type == Type.DISCONNECTED;
  }

  /** The parsed message; boundaries have none. */
  public ReceivedMessage toMessage() {
    AmiMessage m =
        type == Type.PARTIAL ? AmiMessage.partial(raw) : AmiMessage.parse(raw, truncated);
    return new ReceivedMessage(serverId, sessionId, seq, receivedAt, receivedNanos, m);
  }

  public static AmiFrame boundary(
      Type type, String serverId, long sessionId, long seq, String reason) {
    return new AmiFrame(
        type, serverId, sessionId, seq, Instant.now(), System.nanoTime(), reason, false);
  }
}
