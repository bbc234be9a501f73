package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.APP_USER;
import static gov.hotline.infra.db.schema.core.Tables.USER_SESSION;

import gov.hotline.infra.auth.Session;
import gov.hotline.infra.auth.SessionStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** jOOQ implementation of {@link SessionStore} over core.user_session. */
public final class JooqSessionStore implements SessionStore {
  private final DSLContext db;

  public JooqSessionStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insert(Session s) {
    db.insertInto(USER_SESSION)
        .set(USER_SESSION.ID, s.id())
        .set(USER_SESSION.USER_ID, s.userId())
        .set(USER_SESSION.CREATED_AT, offset(s.createdAt()))
        .set(USER_SESSION.LAST_SEEN_AT, offset(s.lastSeenAt()))
        .set(USER_SESSION.EXPIRES_AT, offset(s.expiresAt()))
        .set(USER_SESSION.CLIENT_ADDRESS, s.clientAddress())
        .set(USER_SESSION.USER_AGENT, s.userAgent())
        .execute();
  }

  @Override
  public Optional<Session> touch(String id, Instant now) {
    int rows =
        db.update(USER_SESSION)
            .set(USER_SESSION.LAST_SEEN_AT, offset(now))
            .where(USER_SESSION.ID.eq(id), active(now))
            .and(
                DSL.exists(
                    DSL.selectOne()
                        .from(APP_USER)
                        .where(APP_USER.ID.eq(USER_SESSION.USER_ID), APP_USER.ENABLED.isTrue())))
            .execute();
    return rows == 0 ? Optional.empty() : byId(id);
  }

  @Override
  public Optional<Session> byId(String id) {
    return select().where(USER_SESSION.ID.eq(id)).fetchOptional().map(JooqSessionStore::map);
  }

  @Override
  public boolean revoke(String id, String reason, Instant now) {
    return db.update(USER_SESSION)
            .set(USER_SESSION.REVOKED_AT, offset(now))
            .set(USER_SESSION.REVOKED_REASON, reason)
            .where(USER_SESSION.ID.eq(id), USER_SESSION.REVOKED_AT.isNull())
            .execute()
        > 0;
  }

  @Override
  public int revokeUser(long userId, String reason, Instant now) {
    return db.update(USER_SESSION)
        .set(USER_SESSION.REVOKED_AT, offset(now))
        .set(USER_SESSION.REVOKED_REASON, reason)
        .where(USER_SESSION.USER_ID.eq(userId), USER_SESSION.REVOKED_AT.isNull())
        .execute();
  }

  @Override
  public List<Session> list(boolean activeOnly, Instant now, int limit) {
    return select()
        .where(activeOnly ? active(now) : DSL.noCondition())
        .orderBy(USER_SESSION.CREATED_AT.desc())
        .limit(limit)
        .fetch(JooqSessionStore::map);
  }

  private static Condition active(Instant now) {
    return USER_SESSION.REVOKED_AT.isNull().and(USER_SESSION.EXPIRES_AT.gt(offset(now)));
  }

  private SelectOnConditionStep<Record> select() {
    return db.select(USER_SESSION.fields())
        .select(APP_USER.USERNAME, APP_USER.ROLE)
        .from(USER_SESSION)
        .join(APP_USER)
        .on(APP_USER.ID.eq(USER_SESSION.USER_ID));
  }

  private static Session map(Record r) {
    return new Session(
        r.get(USER_SESSION.ID),
        r.get(USER_SESSION.USER_ID),
        r.get(APP_USER.USERNAME),
        r.get(APP_USER.ROLE),
        instant(r.get(USER_SESSION.CREATED_AT)),
        instant(r.get(USER_SESSION.LAST_SEEN_AT)),
        instant(r.get(USER_SESSION.EXPIRES_AT)),
        instant(r.get(USER_SESSION.REVOKED_AT)),
        r.get(USER_SESSION.REVOKED_REASON),
        r.get(USER_SESSION.CLIENT_ADDRESS),
        r.get(USER_SESSION.USER_AGENT));
  }
}
