package gov.hotline.infra.db.telephony;

import static gov.hotline.infra.db.Times.instant;
import static gov.hotline.infra.db.Times.offset;
import static gov.hotline.infra.db.schema.telephony.Tables.CALL_SURVEY;

import gov.hotline.infra.db.schema.telephony.tables.records.CallSurveyRecord;
import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.domain.SurveyResult;
import gov.hotline.telephony.port.CallSurveys;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * Survey answers in {@code telephony.call_survey}; the primary key on the call id keeps the first
 * answer.
 */
final class JooqCallSurveys implements CallSurveys {
  private final DSLContext db;

  JooqCallSurveys(DSLContext db) {
    this.db = db;
  }

  @Override
  public boolean addIfAbsent(CallSurvey s) {
    return db.insertInto(
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
