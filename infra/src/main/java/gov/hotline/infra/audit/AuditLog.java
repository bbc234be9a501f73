package gov.hotline.infra.audit;

import gov.hotline.core.user.Actor;
import gov.hotline.infra.db.audit.JooqAuditLog;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the audit log: logins and their failures, logouts, permission denials, exports and
 * downloads, recording plays, admin changes and reads of confidential (保密) tickets. A failure to
 * write is logged, never shown to the user as an error of what they did.
 */
public final class AuditLog {
  public static final String SUCCESS = "SUCCESS";
  public static final String FAILURE = "FAILURE";
  public static final String DENIED = "DENIED";
  private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

  private final JooqAuditLog store;
  private final Clock clock;

  public AuditLog(JooqAuditLog store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  public JooqAuditLog store() {
    return store;
  }

  /**
   * Records one event; {@code actor} may be null (a failed login names the user in {@code
   * username}).
   */
  public void record(
      Actor actor,
      String username,
      String action,
      String target,
      String client,
      String result,
      String detail) {
    try {
      // microseconds: what timestamptz keeps, so the verify hashes exactly what was hashed here
      store.append(
          new AuditEvent(
              0,
              clock.instant().truncatedTo(ChronoUnit.MICROS),
              actor == null ? null : actor.userId().value(),
              actor == null ? username : actor.username(),
              actor == null ? null : actor.role().name(),
              action,
              cut(target, 500),
              client,
              result,
              cut(detail, 2000),
              null,
              null));
    } catch (RuntimeException e) {
      LOG.error(
          "audit event {} by {} could not be written",
          action,
          actor == null ? username : actor.username(),
          e);
    }
  }

  private static String cut(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
