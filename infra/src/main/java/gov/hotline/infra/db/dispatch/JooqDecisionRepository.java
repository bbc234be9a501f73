package gov.hotline.infra.db.dispatch;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.dispatch.Tables.DECISION;

import gov.hotline.core.id.CategoryId;
import gov.hotline.core.id.UnitId;
import gov.hotline.dispatch.domain.Decision;
import gov.hotline.dispatch.domain.DecisionStats;
import gov.hotline.dispatch.domain.UnitRef;
import gov.hotline.dispatch.port.DecisionRepository;
import gov.hotline.infra.db.schema.dispatch.tables.records.DecisionRecord;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** jOOQ implementation of {@link DecisionRepository}. */
final class JooqDecisionRepository implements DecisionRepository {
  private final DSLContext db;

  JooqDecisionRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public void insert(Decision d) {
    db.insertInto(DECISION)
        .set(DECISION.HISTORY_ID, d.historyId())
        .set(DECISION.TICKET_ID, d.ticketId())
        .set(DECISION.TICKET_NO, d.ticketNo())
        .set(DECISION.CATEGORY_ID, d.categoryId().value())
        .set(DECISION.LEAD_UNIT_ID, d.leadUnitId().value())
        .set(DECISION.LEAD_REF, d.leadRef().value())
        .set(
            DECISION.RECOMMENDED_UNIT_ID,
            d.recommendedUnitId() == null ? null : d.recommendedUnitId().value())
        .set(DECISION.DECIDED_BY, d.decidedBy())
        .set(DECISION.DECIDED_AT, offset(d.decidedAt()))
        .onConflict(DECISION.HISTORY_ID)
        .doNothing()
        .execute();
  }

  @Override
  public Map<Long, Decision> latestFor(Collection<Long> ticketIds) {
    Map<Long, Decision> out = new LinkedHashMap<>();
    if (ticketIds.isEmpty()) {
      return out;
    }
    db.selectDistinct(DECISION.fields())
        .on(DECISION.TICKET_ID)
        .from(DECISION)
        .where(DECISION.TICKET_ID.in(ticketIds))
        .orderBy(DECISION.TICKET_ID, DECISION.ID.desc())
        .fetchInto(DECISION)
        .forEach(r -> out.put(r.getTicketId(), toDomain(r)));
    return out;
  }

  @Override
  public DecisionStats stats() {
    var latest =
        db.selectDistinct(DECISION.TICKET_ID, DECISION.CATEGORY_ID, DECISION.LEAD_REF)
            .on(DECISION.TICKET_ID)
            .from(DECISION)
            .orderBy(DECISION.TICKET_ID, DECISION.ID.desc())
            .asTable("latest");
    var category = latest.field(DECISION.CATEGORY_ID);
    var ref = latest.field(DECISION.LEAD_REF);
    Map<CategoryId, Map<UnitRef, Integer>> counts = new HashMap<>();
    db.select(category, ref, DSL.count())
        .from(latest)
        .groupBy(category, ref)
        .forEach(
            r ->
                counts
                    .computeIfAbsent(CategoryId.of(r.value1()), k -> new HashMap<>())
                    .put(UnitRef.of(r.value2()), r.value3()));
    return new DecisionStats(counts);
  }

  @Override
  public long[] followedCount() {
    var r =
        db.select(
                DSL.count(),
                DSL.count().filterWhere(DECISION.LEAD_UNIT_ID.eq(DECISION.RECOMMENDED_UNIT_ID)))
            .from(DECISION)
            .fetchOne();
    return new long[] {r.value1(), r.value2()};
  }

  private static Decision toDomain(DecisionRecord r) {
    return new Decision(
        r.getHistoryId(),
        r.getTicketId(),
        r.getTicketNo(),
        CategoryId.of(r.getCategoryId()),
        UnitId.of(r.getLeadUnitId()),
        UnitRef.of(r.getLeadRef()),
        r.getRecommendedUnitId() == null ? null : UnitId.of(r.getRecommendedUnitId()),
        r.getDecidedBy(),
        instant(r.getDecidedAt()));
  }
}
