package gov.hotline.infra.db.core;

import static gov.hotline.infra.db.schema.core.Tables.CALENDAR_DAY;
import static gov.hotline.infra.db.schema.core.Tables.CATEGORY;
import static gov.hotline.infra.db.schema.core.Tables.ORG_UNIT;
import static gov.hotline.infra.db.schema.core.Tables.SLA_POLICY;

import gov.hotline.core.calendar.CalendarDay;
import gov.hotline.core.calendar.DayKind;
import gov.hotline.core.calendar.TimeLimit;
import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.org.UnitType;
import gov.hotline.core.port.ReferenceDataRepository;
import gov.hotline.core.sla.SlaPolicy;
import gov.hotline.core.ticket.Urgency;
import gov.hotline.infra.db.schema.core.Keys;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;

/** jOOQ implementation of {@link ReferenceDataRepository}. */
final class JooqReferenceDataRepository implements ReferenceDataRepository {
  private final DSLContext db;
  private final Clock clock;

  JooqReferenceDataRepository(DSLContext db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<OrgUnit> units() {
    return db.selectFrom(ORG_UNIT)
        .orderBy(ORG_UNIT.ID)
        .fetch(
            r ->
                new OrgUnit(
                    UnitId.of(r.getId()),
                    r.getParentId() == null ? null : UnitId.of(r.getParentId()),
                    r.getName(),
                    UnitType.valueOf(r.getType()),
                    Arrays.asList(r.getAliases()),
                    r.getActive()));
  }

  @Override
  public void upsertUnit(OrgUnit u) {
    String parent = u.parentId() == null ? null : u.parentId().value();
    String[] aliases = u.aliases().toArray(String[]::new);
    db.insertInto(ORG_UNIT)
        .set(ORG_UNIT.ID, u.id().value())
        .set(ORG_UNIT.PARENT_ID, parent)
        .set(ORG_UNIT.NAME, u.name())
        .set(ORG_UNIT.TYPE, u.type().name())
        .set(ORG_UNIT.ALIASES, aliases)
        .set(ORG_UNIT.ACTIVE, u.active())
        .onConflict(ORG_UNIT.ID)
        .doUpdate()
        .set(ORG_UNIT.PARENT_ID, parent)
        .set(ORG_UNIT.NAME, u.name())
        .set(ORG_UNIT.TYPE, u.type().name())
        .set(ORG_UNIT.ALIASES, aliases)
        .set(ORG_UNIT.ACTIVE, u.active())
        .set(ORG_UNIT.UPDATED_AT, OffsetDateTime.now(clock))
        .execute();
  }

  @Override
  public List<Category> categories() {
    return db.selectFrom(CATEGORY)
        .orderBy(CATEGORY.SORT_ORDER, CATEGORY.ID)
        .fetch(
            r ->
                new Category(
                    CategoryId.of(r.getId()),
                    r.getParentId() == null ? null : CategoryId.of(r.getParentId()),
                    r.getName(),
                    r.getSortOrder(),
                    r.getActive()));
  }

  @Override
  public void upsertCategory(Category c) {
    String parent = c.parentId() == null ? null : c.parentId().value();
    db.insertInto(CATEGORY)
        .set(CATEGORY.ID, c.id().value())
        .set(CATEGORY.PARENT_ID, parent)
        .set(CATEGORY.NAME, c.name())
        .set(CATEGORY.SORT_ORDER, c.sortOrder())
        .set(CATEGORY.ACTIVE, c.active())
        .onConflict(CATEGORY.ID)
        .doUpdate()
        .set(CATEGORY.PARENT_ID, parent)
        .set(CATEGORY.NAME, c.name())
        .set(CATEGORY.SORT_ORDER, c.sortOrder())
        .set(CATEGORY.ACTIVE, c.active())
        .execute();
  }

  @Override
  public List<CalendarDay> calendarDays() {
    return db.selectFrom(CALENDAR_DAY)
        .orderBy(CALENDAR_DAY.DAY)
        .fetch(r -> new CalendarDay(r.getDay(), DayKind.valueOf(r.getKind()), r.getName()));
  }

  @Override
  public void upsertCalendarDay(CalendarDay d) {
    db.insertInto(CALENDAR_DAY)
        .set(CALENDAR_DAY.DAY, d.date())
        .set(CALENDAR_DAY.KIND, d.kind().name())
        .set(CALENDAR_DAY.NAME, d.name())
        .onConflict(CALENDAR_DAY.DAY)
        .doUpdate()
        .set(CALENDAR_DAY.KIND, d.kind().name())
        .set(CALENDAR_DAY.NAME, d.name())
        .execute();
  }

  @Override
  public boolean deleteCalendarDay(LocalDate date) {
    return db.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.DAY.eq(date)).execute() > 0;
  }

  @Override
  public List<SlaPolicy> slaPolicies() {
    return db.selectFrom(SLA_POLICY)
        .orderBy(SLA_POLICY.ID)
        .fetch(
            r ->
                new SlaPolicy(
                    r.getCategoryId() == null ? null : CategoryId.of(r.getCategoryId()),
                    Urgency.valueOf(r.getUrgency()),
                    TimeLimit.parse(r.getSignFor()),
                    TimeLimit.parse(r.getHandling()),
                    TimeLimit.parse(r.getCallback())));
  }

  @Override
  public void upsertSlaPolicy(SlaPolicy p) {
    String category = p.categoryId() == null ? null : p.categoryId().value();
    db.insertInto(SLA_POLICY)
        .set(SLA_POLICY.CATEGORY_ID, category)
        .set(SLA_POLICY.URGENCY, p.urgency().name())
        .set(SLA_POLICY.SIGN_FOR, p.signFor().code())
        .set(SLA_POLICY.HANDLING, p.handling().code())
        .set(SLA_POLICY.CALLBACK, p.callback().code())
        .onConflictOnConstraint(Keys.SLA_POLICY_KEY)
        .doUpdate()
        .set(SLA_POLICY.SIGN_FOR, p.signFor().code())
        .set(SLA_POLICY.HANDLING, p.handling().code())
        .set(SLA_POLICY.CALLBACK, p.callback().code())
        .execute();
  }

  @Override
  public boolean deleteSlaPolicy(CategoryId category, Urgency urgency) {
    return db.deleteFrom(SLA_POLICY)
            .where(
                SLA_POLICY.CATEGORY_ID.eq(category.value()), SLA_POLICY.URGENCY.eq(urgency.name()))
            .execute()
        > 0;
  }
}
