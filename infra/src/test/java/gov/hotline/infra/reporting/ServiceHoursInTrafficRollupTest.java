package gov.hotline.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.infra.db.reporting.JooqTrafficStatistics;
import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.ServiceHoursDecision;
import gov.hotline.telephony.fixtures.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service-hours decision reaches the traffic rollup (real PostgreSQL): the dialplan asks before
 * the call's events arrive, so the decision is stored first and the call folded after; the real
 * "answered" capture is then one OPEN call of its day — in the rollup, in the recomputation, and so
 * in report-verify. A decision stored after the call (a late AGI) is counted at the next fold.
 */
@Tag("db")
class ServiceHoursInTrafficRollupTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant T0 = Instant.parse("2026-12-03T02:00:00Z");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 3), SHANGHAI);

  private TestDatabase db;
  private JooqTelephonyTransactions telephony;
  private final List<Call> calls = new ArrayList<>();

  @BeforeEach
  void foldTheAnsweredCall() {
    db = TestDatabase.migrated("service_hours_rollup");
    calls.addAll(Fixtures.foldedCalls("answered", T0));
    telephony = new JooqTelephonyTransactions(db.dsl());
  }

  @AfterEach
  void drop() {
    db.close();
  }

  private void decide(ServiceBranch branch) {
    Call call = calls.getFirst();
    telephony.inTransaction(
        r ->
            r.serviceHours()
                .addIfAbsent(new ServiceHoursDecision(call.id(), call.id(), "12345", branch, T0)));
  }

  private void storeCalls() {
    telephony.inTransaction(
        r -> {
          r.calls().upsert(calls);
          return null;
        });
  }

  private static TrafficReport report(JooqTrafficStatistics stats) {
    return new TrafficReports(ReportSettings.DEFAULT).build(DAY, stats.slices(DAY));
  }

  @Test
  void aDecisionStoredBeforeTheCallIsCountedInItsBranchAndVerified() {
    decide(ServiceBranch.OPEN);
    storeCalls();
    JooqTrafficStatistics stats = new JooqTrafficStatistics(db.dsl(), SHANGHAI);
    stats.catchUp();

    assertThat(report(stats).branches().get(ServiceBranch.OPEN)).isEqualTo(1);
    assertThat(report(stats).branches().get(ServiceBranch.AFTER_HOURS)).isZero();
    RollupVerification.Result check = new RollupVerification(stats, null, null).traffic(DAY);
    assertThat(check.consistent()).as(check.toString()).isTrue();
    assertThat(check.totals())
        .filteredOn(f -> f.name().startsWith("服务时间分流"))
        .extracting(f -> f.name() + "=" + f.rollup() + "/" + f.recomputed())
        .containsExactly("服务时间分流：工作时间=1/1", "服务时间分流：7×24 应急=0/0", "服务时间分流：非工作时间=0/0");
  }

  @Test
  void aDecisionStoredAfterTheRollupIsCountedAtTheNextFold() {
    storeCalls();
    JooqTrafficStatistics stats = new JooqTrafficStatistics(db.dsl(), SHANGHAI);
    stats.catchUp();
    assertThat(report(stats).branches().get(ServiceBranch.EMERGENCY)).isZero();

    decide(ServiceBranch.EMERGENCY);
    stats.catchUp();

    assertThat(report(stats).branches().get(ServiceBranch.EMERGENCY)).isEqualTo(1);
  }

  @Test
  void theFirstDecisionOfACallStands() {
    decide(ServiceBranch.OPEN);
    decide(ServiceBranch.AFTER_HOURS);

    Optional<ServiceHoursDecision> stored =
        telephony.inTransaction(r -> r.serviceHours().byCallId(calls.getFirst().id()));

    assertThat(stored.map(ServiceHoursDecision::branch)).contains(ServiceBranch.OPEN);
  }
}
