package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.reporting.service.TrafficDocument;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.reporting.service.TrafficSlices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * 服务时间分流, by hand. On 2026-12-07 (a Monday) the service-hours script sent three calls to the 5×8
 * queue (09:05, 10:30, 16:59), one after-hours call on the 7×24 line to the emergency queue (22:10)
 * and two to the after-hours message (17:00, 23:40); one call came while the platform did not
 * answer (no branch), and a callback carries a branch by mistake: OPEN 3, EMERGENCY 1, AFTER_HOURS
 * 2.
 */
class ServiceBranchCountsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 7), SHANGHAI);

  private static CallFact call(String id, String time, ServiceBranch branch, SetAside aside) {
    Instant at =
        LocalDate.of(2026, 12, 7).atTime(LocalTime.parse(time)).atZone(SHANGHAI).toInstant();
    boolean closed = branch == ServiceBranch.AFTER_HOURS;
    String queue = branch == ServiceBranch.EMERGENCY ? "hotline-emergency" : "hotline";
    return new CallFact(
        id,
        closed ? null : queue,
        null,
        closed || aside != null ? null : at,
        false,
        5_000,
        0,
        0,
        0,
        closed,
        at,
        aside,
        null,
        false,
        branch);
  }

  private static TrafficReport report() {
    List<CallFact> calls =
        List.of(
            call("o1", "09:05", ServiceBranch.OPEN, null),
            call("o2", "10:30", ServiceBranch.OPEN, null),
            call("o3", "16:59", ServiceBranch.OPEN, null),
            call("e1", "22:10", ServiceBranch.EMERGENCY, null),
            call("a1", "17:00", ServiceBranch.AFTER_HOURS, null),
            call("a2", "23:40", ServiceBranch.AFTER_HOURS, null),
            call("n1", "11:00", null, null),
            call("cb", "11:30", ServiceBranch.OPEN, SetAside.CALLBACK));
    return new TrafficReports(ReportSettings.DEFAULT).build(DAY, TrafficSlices.of(calls, SHANGHAI));
  }

  @Test
  void eachBranchCountsTheCitizensCallsSentThatWay() {
    assertThat(report().branches())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ServiceBranch.OPEN,
                3L,
                ServiceBranch.EMERGENCY,
                1L,
                ServiceBranch.AFTER_HOURS,
                2L));
  }

  @Test
  void theBranchesLeaveOfferedAndAfterHoursAsTheyWere() {
    TrafficReport r = report();

    assertThat(r.totals().offered()).isEqualTo(5); // o1–o3, e1, n1
    assertThat(r.totals().afterHours()).isEqualTo(2);
    assertThat(r.byQueue()).extracting(TrafficReport.Row::label).contains("hotline-emergency");
  }

  @Test
  void theDocumentListsEveryBranchWithItsMeaning() {
    ReportDocument.Section s =
        TrafficDocument.of(report()).sections().stream()
            .filter(x -> x.title().equals("服务时间分流"))
            .findFirst()
            .orElseThrow();

    assertThat(s.rows())
        .extracting(row -> row.get(0).text() + " " + row.get(1).text())
        .containsExactly("工作时间 3", "7×24 应急 1", "非工作时间 2", "合计 6");
  }

  @Test
  void aRollupWithoutDecisionsListsEveryBranchAtZero() {
    TrafficReport r = new TrafficReports(ReportSettings.DEFAULT).build(DAY, TrafficRollup.EMPTY);

    assertThat(r.branches())
        .containsOnlyKeys(ServiceBranch.values())
        .allSatisfy((k, v) -> assertThat(v).isZero());
  }
}
