package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL_SURVEY;

import gov.hotline.infra.db.schema.telephony.tables.records.CallSurveyRecord;
import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.domain.SurveyResult;
import gov.hotline.telephony.port.CallSurveys;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Survey answers in {@code telephony.call_survey}; the primary key on the call id keeps the first
 * answer.
 */
final class JooqCallSurveys implements CallSurveys {
  private final DSLContext db;

  JooqCallSurveys(DSLContext db) {
    this.db = db;
  }

  /**
   * Stores the first answer and marks its call changed, so that the traffic rollup folds the call's
   * day again and counts the answer (服务满意度).
   */
  @Override
  public boolean addIfAbsent(CallSurvey s) {
    boolean stored =
        db.insertInto(
                    CALL_SURVEY,
                    CALL_SURVEY.CALL_ID,
                    CALL_SURVEY.RESULT,
                    CALL_SURVEY.DIGIT,
                    CALL_SURVEY.AT)
                .values(s.callId(), s.result().name(), s.digit(), offset(s.at()))
                .onConflict(CALL_SURVEY.CALL_ID)
                .doNothing()
                .execute()
            == 1;
    if (stored) {
      db.update(CALL)
          .set(CALL.UPDATED_AT, DSL.currentOffsetDateTime())
          .where(CALL.ID.eq(s.callId()))
          .execute();
    }
    return stored;
  }

  @Override
  public Optional<CallSurvey> byCallId(String callId) {
    return db.selectFrom(CALL_SURVEY)
        .where(CALL_SURVEY.CALL_ID.eq(callId))
        .fetchOptional(JooqCallSurveys::survey);
  }

  @Override
  public List<CallSurvey> byCallIds(Collection<String> callIds) {
    if (callIds.isEmpty()) {
      return List.of();
    }
    return db.selectFrom(CALL_SURVEY)
        .where(CALL_SURVEY.CALL_ID.in(callIds))
        .fetch(JooqCallSurveys::survey);
  }

  private static CallSurvey survey(CallSurveyRecord r) {
    return new CallSurvey(
        r.getCallId(), SurveyResult.valueOf(r.getResult()), r.getDigit(), instant(r.getAt()));
  }
}
