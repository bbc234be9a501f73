package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.core.Tables.LOGIN_THROTTLE;

import gov.hotline.infra.auth.LoginThrottleStore;
import java.time.Instant;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * jOOQ implementation of {@link LoginThrottleStore} over core.login_throttle (one upsert per
 * counter).
 */
public final class JooqLoginThrottleStore implements LoginThrottleStore {
  private final DSLContext db;

  public JooqLoginThrottleStore(DSLContext db) {
    this.db = db;
  }

  @Override
  public int fail(Scope scope, String key, Instant now, Instant since) {
    return db.insertInto(LOGIN_THROTTLE)
        .set(LOGIN_THROTTLE.SCOPE, scope.name())
        .set(LOGIN_THROTTLE.KEY, key)
        .set(LOGIN_THROTTLE.FAILURES, 1)
        .set(LOGIN_THROTTLE.LAST_FAILURE_AT, offset(now))
        .onConflict(LOGIN_THROTTLE.SCOPE, LOGIN_THROTTLE.KEY)
        .doUpdate()
        .set(
            LOGIN_THROTTLE.FAILURES,
            DSL.when(LOGIN_THROTTLE.LAST_FAILURE_AT.lt(offset(since)), DSL.inline(1))
                .otherwise(LOGIN_THROTTLE.FAILURES.plus(1)))
        .set(LOGIN_THROTTLE.LAST_FAILURE_AT, offset(now))
        .returning(LOGIN_THROTTLE.FAILURES)
        .fetchOne(LOGIN_THROTTLE.FAILURES);
  }

  @Override
  public int failures(Scope scope, String key, Instant since) {
    return db.select(LOGIN_THROTTLE.FAILURES)
        .from(LOGIN_THROTTLE)
        .where(
            LOGIN_THROTTLE.SCOPE.eq(scope.name()),
            LOGIN_THROTTLE.KEY.eq(key),
            LOGIN_THROTTLE.LAST_FAILURE_AT.ge(offset(since)))
        .fetchOptional(LOGIN_THROTTLE.FAILURES)
        .orElse(0);
  }

  @Override
  public void blockUntil(Scope scope, String key, Instant until) {
    db.update(LOGIN_THROTTLE)
        .set(LOGIN_THROTTLE.BLOCKED_UNTIL, offset(until))
        .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.KEY.eq(key))
        .execute();
  }

  @Override
  public Optional<Instant> blockedUntil(Scope scope, String key) {
    return db.select(LOGIN_THROTTLE.BLOCKED_UNTIL)
        .from(LOGIN_THROTTLE)
        .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.KEY.eq(key))
        .fetchOptional()
        .map(r -> instant(r.value1()));
  }

  @Override
  public void clear(Scope scope, String key) {
    db.deleteFrom(LOGIN_THROTTLE)
        .where(LOGIN_THROTTLE.SCOPE.eq(scope.name()), LOGIN_THROTTLE.KEY.eq(key))
        .execute();
  }
}
