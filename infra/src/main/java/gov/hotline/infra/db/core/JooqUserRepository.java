package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.schema.core.Tables.APP_USER;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.id.UserId;
import gov.hotline.core.port.UserRepository;
import gov.hotline.core.user.Role;
import gov.hotline.core.user.User;
import gov.hotline.infra.db.schema.core.tables.records.AppUserRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** jOOQ implementation of {@link UserRepository}. */
final class JooqUserRepository implements UserRepository {
  private final DSLContext db;

  JooqUserRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<User> byUsername(String username) {
    return db.selectFrom(APP_USER)
        .where(APP_USER.USERNAME.eq(username))
        .fetchOptional()
        .map(JooqUserRepository::map);
  }

  @Override
  public Optional<User> byId(UserId id) {
    return db.selectFrom(APP_USER)
        .where(APP_USER.ID.eq(id.value()))
        .fetchOptional()
        .map(JooqUserRepository::map);
  }

  @Override
  public UserId insert(User u) {
    return new UserId(
        db.insertInto(APP_USER)
            .set(APP_USER.USERNAME, u.username())
            .set(APP_USER.DISPLAY_NAME, u.displayName())
            .set(APP_USER.ROLE, u.role().name())
            .set(APP_USER.UNIT_ID, u.unitId().value())
            .set(APP_USER.PASSWORD_HASH, u.passwordHash())
            .set(APP_USER.ENABLED, u.enabled())
            .returning(APP_USER.ID)
            .fetchOne(APP_USER.ID));
  }

  @Override
  public void update(User u) {
    db.update(APP_USER)
        .set(APP_USER.DISPLAY_NAME, u.displayName())
        .set(APP_USER.ROLE, u.role().name())
        .set(APP_USER.UNIT_ID, u.unitId().value())
        .set(APP_USER.PASSWORD_HASH, u.passwordHash())
        .set(APP_USER.ENABLED, u.enabled())
        .where(APP_USER.ID.eq(u.id().value()))
        .execute();
  }

  @Override
  public List<User> all() {
    return db.selectFrom(APP_USER).orderBy(APP_USER.ID).fetch(JooqUserRepository::map);
  }

  @Override
  public long count() {
    return db.fetchCount(APP_USER);
  }

  private static User map(AppUserRecord r) {
    return new User(
        new UserId(r.getId()),
        r.getUsername(),
        r.getDisplayName(),
        Role.valueOf(r.getRole()),
        UnitId.of(r.getUnitId()),
        r.getPasswordHash(),
        r.getEnabled());
  }
}
