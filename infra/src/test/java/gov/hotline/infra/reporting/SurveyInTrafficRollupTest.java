package gov.hotline.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.db.reporting.JooqTrafficStatistics;
import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.domain.ServiceSatisfaction;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallSurvey;
import gov.hotline.telephony.domain.SurveyResult;
import gov.hotline.telephony.fixtures.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The post-call survey's answer reaches the traffic rollup (real PostgreSQL): the real "answered"
 * capture is one answered call; its caller's 满意 stored after the call has been rolled up makes the
 * day's 服务满意度 1 / 1 with 参评率 1 / 1 — in the rollup, in the recomputation, and so in report-verify.
 */
@Tag("db")
class SurveyInTrafficRollupTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 3), SHANGHAI);

  private TestDatabase db;
  private JooqTelephonyTransactions telephony;
  private final List<Call> calls = new ArrayList<>();

  @BeforeEach
  void storeTheAnsweredCall() {
    db = TestDatabase.migrated("survey_rollup");
    calls.addAll(Fixtures.foldedCalls("answered", T0));
    telephony = new JooqTelephonyTransactions(db.dsl());
    telephony.inTransaction(
        r -> {
          r.calls().upsert(calls);
          return null;
        });
  }

  @AfterEach
  void drop() {
    db.close();
  }

  private static ServiceSatisfaction survey(JooqTrafficStatistics stats) {
    TrafficReport r = new TrafficReports(ReportSettings.DEFAULT).build(DAY, stats.slices(DAY));
    return r.totals().serviceSatisfaction();
  }

  @Test
  void anAnswerStoredAfterTheRollupIsCountedAtTheNextFold() {
    JooqTrafficStatistics stats = new JooqTrafficStatistics(db.dsl(), SHANGHAI);
    stats.catchUp();
    assertThat(survey(stats).responses()).isZero();
    assertThat(survey(stats).answeredCalls()).isEqualTo(1);

    telephony.inTransaction(
        r ->
            r.surveys()
                .addIfAbsent(
                    CallSurvey.answered(
                        calls.getFirst().id(), SurveyResult.SATISFIED, T0.plusSeconds(60))));
    stats.catchUp();

    ServiceSatisfaction s = survey(stats);
    assertThat(s.satisfied()).isEqualTo(1);
    assertThat(s.rate().percent()).isEqualTo("100.0%");
    assertThat(s.responseRate().percent()).isEqualTo("100.0%");
    RollupVerification.Result check = new RollupVerification(stats, null, null).traffic(DAY);
    assertThat(check.consistent()).as(check.toString()).isTrue();
    assertThat(check.totals())
        .filteredOn(f -> f.name().startsWith("话后评价"))
        .extracting(f -> f.name() + "=" + f.rollup() + "/" + f.recomputed())
        .containsExactly("话后评价：满意=1/1", "话后评价：基本满意=0/0", "话后评价：不满意=0/0");
  }
}
