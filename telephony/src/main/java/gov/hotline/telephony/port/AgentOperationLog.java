package gov.hotline.telephony.port;

import gov.hotline.telephony.domain.AgentOperation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The agent operation log (座席员操作日志), append-only. */
public interface AgentOperationLog {
  void append(AgentOperation op);

  /**
   * Entries in {@code [from, to)}, of one user when {@code username} is set, newest first, at most
   * {@code limit}.
   */
  List<AgentOperation> search(String username, Instant from, Instant to, int limit);

  /**
   * Who logged in at the interface last, at or before {@code at} (a successful LOGIN), if anyone.
   */
  Optional<String> loggedInAt(String iface, Instant at);
}
