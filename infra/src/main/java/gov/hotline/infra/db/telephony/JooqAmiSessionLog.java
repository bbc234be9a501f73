package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.AMI_SESSION;

import gov.hotline.telephony.port.AmiSessionLog;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** AMI connections in {@code telephony.ami_session}. */
final class JooqAmiSessionLog implements AmiSessionLog {
  private final DSLContext db;

  JooqAmiSessionLog(DSLContext db) {
    this.db = db;
  }

  @Override
  public void connected(String serverId, long sessionId, Instant at) {
    db.insertInto(
            AMI_SESSION, AMI_SESSION.SERVER_ID, AMI_SESSION.SESSION_ID, AMI_SESSION.CONNECTED_AT)
        .values(serverId, sessionId, offset(at))
        .onConflictDoNothing()
        .execute();
  }

  @Override
  public void disconnected(String serverId, long sessionId, Instant at, String reason) {
    db.update(AMI_SESSION)
        .set(AMI_SESSION.DISCONNECTED_AT, offset(at))
        .set(AMI_SESSION.REASON, reason)
        .where(
            AMI_SESSION.SERVER_ID.eq(serverId),
            AMI_SESSION.SESSION_ID.eq(sessionId),
            AMI_SESSION.DISCONNECTED_AT.isNull())
        .execute();
  }

  @Override
  public List<Session> between(String serverId, Instant from, Instant to) {
    return db.selectFrom(AMI_SESSION)
        .where(
            AMI_SESSION.SERVER_ID.eq(serverId),
            AMI_SESSION.CONNECTED_AT.lt(offset(to)),
            AMI_SESSION.DISCONNECTED_AT.isNull().or(AMI_SESSION.DISCONNECTED_AT.ge(offset(from))))
        .orderBy(AMI_SESSION.CONNECTED_AT)
        .fetch(
            r ->
                new Session(
                    r.getServerId(),
                    r.getSessionId(),
                    instant(r.getConnectedAt()),
                    instant(r.getDisconnectedAt()),
                    r.getReason()));
  }
}
