package gov.hotline.infra.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.infra.db.reporting.JooqTrafficStatistics;
import gov.hotline.infra.db.telephony.JooqTelephonyTransactions;
import gov.hotline.infra.support.TestDatabase;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.domain.SetAside;
import gov.hotline.reporting.domain.SetAsideDay;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.domain.TrafficRollup;
import gov.hotline.reporting.service.RollupVerification;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.telephony.domain.AmiMessage;
import gov.hotline.telephony.domain.Call;
import gov.hotline.telephony.domain.CallFolder;
import gov.hotline.telephony.domain.Direction;
import gov.hotline.telephony.domain.FoldPolicy;
import gov.hotline.telephony.domain.ReceivedMessage;
import gov.hotline.telephony.fixtures.Fixtures;
import gov.hotline.telephony.simulator.AmiTranscript;
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
 * A team lead's ChanSpy leg and a callback are not 呼入 (real PostgreSQL): the traffic report of
 * their day offers only the citizen's inbound call, in the rollups and in the recomputation from
 * the raw calls.
 */
@Tag("db")
class PlatformCallsNotOfferedTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Instant T0 = Instant.parse("2026-12-03T08:54:00Z");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 3), SHANGHAI);

  private TestDatabase db;
  private final List<Call> calls = new ArrayList<>();

  @BeforeEach
  void storeASpyLegACallbackAndAnInboundCall() {
    db = TestDatabase.migrated("platform_calls");
    CallFolder folder = new CallFolder("lab", FoldPolicy.defaults());
    long seq = 0;
    // the answered call and the callback have no Timestamp headers: they count at their receive
    // time, that day
    for (String scenario :
        List.of("originate_application_answered", "originate_callback", "answered")) {
      for (AmiTranscript.Block b : Fixtures.transcript(scenario).blocks()) {
        folder.apply(
            new ReceivedMessage(
                "lab",
                1,
                seq++,
                T0.plusMillis(Math.max(0, b.ms())),
                0,
                AmiMessage.parse(b.text())));
      }
    }
    folder.drain().forEach(c -> calls.add(c.after()));
    new JooqTelephonyTransactions(db.dsl())
        .inTransaction(
            r -> {
              r.calls().upsert(calls);
              return null;
            });
  }

  @AfterEach
  void drop() {
    db.close();
  }

  private static long offered(TrafficRollup r) {
    return r.hours().stream().mapToLong(s -> s.counters().offered()).sum();
  }

  @Test
  void onlyTheInboundCallIsOffered() {
    JooqTrafficStatistics stats = new JooqTrafficStatistics(db.dsl(), SHANGHAI);

    stats.catchUp();

    assertThat(calls)
        .extracting(Call::direction)
        .containsExactlyInAnyOrder(Direction.SUPERVISION, Direction.CALLBACK, Direction.INBOUND);
    assertThat(offered(stats.slices(DAY))).isEqualTo(1);
    assertThat(offered(stats.recompute(DAY))).isEqualTo(1);
  }

  @Test
  void theRollupCountsTheSpyLegAndTheCallbackApartAndVerificationAgrees() {
    JooqTrafficStatistics stats = new JooqTrafficStatistics(db.dsl(), SHANGHAI);

    stats.catchUp();

    List<SetAsideDay> expected =
        List.of(
            new SetAsideDay(DAY.first(), SetAside.CALLBACK, 1),
            new SetAsideDay(DAY.first(), SetAside.SUPERVISION, 1));
    assertThat(stats.slices(DAY).setAside()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(stats.recompute(DAY).setAside()).containsExactlyInAnyOrderElementsOf(expected);
    RollupVerification.Result check = new RollupVerification(stats, null, null).traffic(DAY);
    assertThat(check.consistent()).as(check.toString()).isTrue();
    assertThat(check.totals())
        .filteredOn(f -> f.name().startsWith("未计入呼入"))
        .extracting(f -> f.name() + "=" + f.rollup())
        .containsExactly("未计入呼入：回访外呼=1", "未计入呼入：班长监听=1", "未计入呼入：内部通话=0", "未计入呼入：平台发起=0");
    TrafficReport report = new TrafficReports(ReportSettings.DEFAULT).build(DAY, stats.slices(DAY));
    assertThat(report.totals().offered()).isEqualTo(1);
    assertThat(report.setAsideTotal()).isEqualTo(2);
  }
}
