package gov.hotline.infra.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where login sessions live (PostgreSQL, shared by every instance). */
public interface SessionStore {
  void insert(Session s);

  /**
   * Marks the session seen now and returns it, if it is still active: not revoked, not expired, its
   * user enabled.
   */
  Optional<Session> touch(String id, Instant now);

  Optional<Session> byId(String id);

  /** Ends one session; false when it was not active. */
  boolean revoke(String id, String reason, Instant now);

  /** Ends every active session of a user; returns how many. */
  int revokeUser(long userId, String reason, Instant now);

  /** The newest sessions first; only active ones when asked. */
  List<Session> list(boolean activeOnly, Instant now, int limit);
}
