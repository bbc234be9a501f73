package gov.hotline.telephony.port;

import java.time.Instant;
import java.util.List;

/** When each AMI connection was up: the gaps between them are what reconciliation repairs. */
public interface AmiSessionLog {
  /** One connection; {@code disconnectedAt} is null while it lasts. */
  record Session(
      String serverId,
      long sessionId,
      Instant connectedAt,
      Instant disconnectedAt,
      String reason) {}

  void connected(String serverId, long sessionId, Instant at);

  void disconnected(String serverId, long sessionId, Instant at, String reason);

  /** Sessions of a server overlapping {@code [from, to)}, oldest first. */
  List<Session> between(String serverId, Instant from, Instant to);
}
