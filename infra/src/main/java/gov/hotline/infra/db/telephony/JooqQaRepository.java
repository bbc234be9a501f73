package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.QA_SCORE;
import static gov.hotline.infra.db.schema.telephony.Tables.QA_SCORECARD;
import static gov.hotline.infra.db.schema.telephony.Tables.QA_SCORECARD_ITEM;
import static gov.hotline.infra.db.schema.telephony.Tables.QA_SCORE_ITEM;

import gov.hotline.infra.db.schema.telephony.tables.records.QaScoreRecord;
import gov.hotline.telephony.domain.qa.ItemScore;
import gov.hotline.telephony.domain.qa.QaScore;
import gov.hotline.telephony.domain.qa.QaStatus;
import gov.hotline.telephony.domain.qa.Scorecard;
import gov.hotline.telephony.domain.qa.ScorecardItem;
import gov.hotline.telephony.port.QaRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Scorecards and quality scores in {@code telephony.qa_*}. */
final class JooqQaRepository implements QaRepository {
  private final DSLContext db;

  JooqQaRepository(DSLContext db) {
    this.db = db;
  }

  @Override
  public Optional<Scorecard> currentScorecard() {
    return db.select(DSL.max(QA_SCORECARD.VERSION))
        .from(QA_SCORECARD)
        .fetchOptional(0, Integer.class)
        .flatMap(this::scorecard);
  }

  @Override
  public Optional<Scorecard> scorecard(int version) {
    List<ScorecardItem> items =
        db.selectFrom(QA_SCORECARD_ITEM)
            .where(QA_SCORECARD_ITEM.VERSION.eq(version))
            .orderBy(QA_SCORECARD_ITEM.POSITION)
            .fetch(i -> new ScorecardItem(i.getCode(), i.getLabel(), i.getWeight(), i.getFatal()));
    return db.selectFrom(QA_SCORECARD)
        .where(QA_SCORECARD.VERSION.eq(version))
        .fetchOptional()
        .map(
            c ->
                new Scorecard(
                    c.getVersion(),
                    c.getName(),
                    items,
                    instant(c.getCreatedAt()),
                    c.getCreatedBy()));
  }

  @Override
  public Scorecard addScorecard(Scorecard card) {
    // one version at a time: concurrent edits queue on the lock instead of failing on the primary
    // key
    db.execute("LOCK TABLE telephony.qa_scorecard IN EXCLUSIVE MODE");
    int version =
        db.select(DSL.coalesce(DSL.max(QA_SCORECARD.VERSION), 0))
                .from(QA_SCORECARD)
                .fetchOne(0, Integer.class)
            + 1;
    db.insertInto(
            QA_SCORECARD,
            QA_SCORECARD.VERSION,
            QA_SCORECARD.NAME,
            QA_SCORECARD.CREATED_AT,
            QA_SCORECARD.CREATED_BY)
        .values(version, card.name(), offset(card.createdAt()), card.createdBy())
        .execute();
    for (int i = 0; i < card.items().size(); i++) {
      ScorecardItem it = card.items().get(i);
      db.insertInto(
              QA_SCORECARD_ITEM,
              QA_SCORECARD_ITEM.VERSION,
              QA_SCORECARD_ITEM.POSITION,
              QA_SCORECARD_ITEM.CODE,
              QA_SCORECARD_ITEM.LABEL,
              QA_SCORECARD_ITEM.WEIGHT,
              QA_SCORECARD_ITEM.FATAL)
          .values(version, i + 1, it.code(), it.label(), it.weight(), it.fatal())
          .execute();
    }
    return new Scorecard(version, card.name(), card.items(), card.createdAt(), card.createdBy());
  }

  @Override
  public QaScore insert(QaScore s) {
    long id =
        db.insertInto(
                QA_SCORE,
                QA_SCORE.CALL_ID,
                QA_SCORE.AGENT_USERNAME,
                QA_SCORE.AGENT_INTERFACE,
                QA_SCORE.SCORECARD_VERSION,
                QA_SCORE.TOTAL,
                QA_SCORE.COMPUTED_TOTAL,
                QA_SCORE.COMMENT,
                QA_SCORE.SCORER,
                QA_SCORE.SCORED_AT,
                QA_SCORE.STATUS)
            .values(
                s.callId(),
                s.agent(),
                s.agentInterface(),
                s.scorecardVersion(),
                s.total(),
                s.computedTotal(),
                s.comment(),
                s.scorer(),
                offset(s.scoredAt()),
                s.status().name())
            .returning(QA_SCORE.ID)
            .fetchOne(QA_SCORE.ID);
    for (ItemScore i : s.items()) {
      db.insertInto(
              QA_SCORE_ITEM,
              QA_SCORE_ITEM.SCORE_ID,
              QA_SCORE_ITEM.CODE,
              QA_SCORE_ITEM.POINTS,
              QA_SCORE_ITEM.FATAL_FAILED)
          .values(id, i.code(), i.points(), i.fatalFailed())
          .execute();
    }
    return byId(id).orElseThrow();
  }

  @Override
  public Optional<QaScore> byId(long id) {
    return db.selectFrom(QA_SCORE).where(QA_SCORE.ID.eq(id)).fetch().stream()
        .findFirst()
        .map(r -> toDomain(r, items(List.of(id)).getOrDefault(id, List.of())));
  }

  @Override
  public boolean update(QaScore s) {
    return db.update(QA_SCORE)
            .set(QA_SCORE.TOTAL, s.total())
            .set(QA_SCORE.STATUS, s.status().name())
            .set(QA_SCORE.APPEAL_REASON, s.appeal() == null ? null : s.appeal().reason())
            .set(QA_SCORE.APPEALED_AT, s.appeal() == null ? null : offset(s.appeal().at()))
            .set(QA_SCORE.DECISION_COMMENT, s.decision() == null ? null : s.decision().comment())
            .set(QA_SCORE.DECIDED_BY, s.decision() == null ? null : s.decision().by())
            .set(QA_SCORE.DECIDED_AT, s.decision() == null ? null : offset(s.decision().at()))
            .set(QA_SCORE.VERSION, s.version() + 1)
            .where(QA_SCORE.ID.eq(s.id()), QA_SCORE.VERSION.eq(s.version()))
            .execute()
        == 1;
  }

  @Override
  public List<QaScore> search(Query q) {
    return withItems(
        db.selectFrom(QA_SCORE)
            .where(conditions(q.agent(), q.from(), q.to()))
            .orderBy(QA_SCORE.SCORED_AT.desc(), QA_SCORE.ID.desc())
            .limit(q.size())
            .offset((q.page() - 1) * q.size())
            .fetch());
  }

  @Override
  public long count(Query q) {
    return db.selectCount()
        .from(QA_SCORE)
        .where(conditions(q.agent(), q.from(), q.to()))
        .fetchOne(0, Long.class);
  }

  @Override
  public List<QaScore> ofCall(String callId) {
    return withItems(
        db.selectFrom(QA_SCORE)
            .where(QA_SCORE.CALL_ID.eq(callId))
            .orderBy(QA_SCORE.SCORED_AT, QA_SCORE.ID)
            .fetch());
  }

  @Override
  public List<AgentAverage> averages(String agent, Instant from, Instant to) {
    return db.select(QA_SCORE.AGENT_USERNAME, DSL.count(), DSL.avg(QA_SCORE.TOTAL))
        .from(QA_SCORE)
        .where(conditions(agent, from, to))
        .groupBy(QA_SCORE.AGENT_USERNAME)
        .orderBy(QA_SCORE.AGENT_USERNAME)
        .fetch(r -> new AgentAverage(r.value1(), r.value2(), r.value3().doubleValue()));
  }

  private static List<Condition> conditions(String agent, Instant from, Instant to) {
    List<Condition> c = new ArrayList<>();
    if (agent != null) {
      c.add(QA_SCORE.AGENT_USERNAME.eq(agent));
    }
    if (from != null) {
      c.add(QA_SCORE.SCORED_AT.ge(offset(from)));
    }
    if (to != null) {
      c.add(QA_SCORE.SCORED_AT.lt(offset(to)));
    }
    return c;
  }

  private List<QaScore> withItems(List<QaScoreRecord> rows) {
    Map<Long, List<ItemScore>> items = items(rows.stream().map(QaScoreRecord::getId).toList());
    return rows.stream().map(r -> toDomain(r, items.getOrDefault(r.getId(), List.of()))).toList();
  }

  private Map<Long, List<ItemScore>> items(List<Long> ids) {
    return db
        .selectFrom(QA_SCORE_ITEM)
        .where(QA_SCORE_ITEM.SCORE_ID.in(ids))
        .orderBy(QA_SCORE_ITEM.SCORE_ID)
        .fetch()
        .stream()
        .collect(
            Collectors.groupingBy(
                i -> i.getScoreId(),
                Collectors.mapping(
                    i -> new ItemScore(i.getCode(), i.getPoints(), i.getFatalFailed()),
                    Collectors.toList())));
  }

  private static QaScore toDomain(QaScoreRecord r, List<ItemScore> items) {
    QaScore.Appeal appeal =
        r.getAppealReason() == null
            ? null
            : new QaScore.Appeal(r.getAppealReason(), instant(r.getAppealedAt()));
    QaScore.Decision decision =
        r.getDecidedAt() == null
            ? null
            : new QaScore.Decision(
                QaStatus.valueOf(r.getStatus()) == QaStatus.APPEAL_ACCEPTED,
                r.getDecisionComment(),
                r.getDecidedBy(),
                instant(r.getDecidedAt()));
    return new QaScore(
        r.getId(),
        r.getCallId(),
        r.getAgentUsername(),
        r.getAgentInterface(),
        r.getScorecardVersion(),
        r.getTotal(),
        r.getComputedTotal(),
        items,
        r.getComment(),
        r.getScorer(),
        instant(r.getScoredAt()),
        QaStatus.valueOf(r.getStatus()),
        appeal,
        decision,
        r.getVersion());
  }
}
