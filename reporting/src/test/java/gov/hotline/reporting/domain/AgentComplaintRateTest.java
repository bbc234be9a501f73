package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
 * 座席被投诉率, by hand. On 2026-12-07 six citizens' calls reach the queue: PJSIP/6001 answers three
 * (09:10, 09:20 and 14:05; the first and the last have a complaint reviewed as 成立), PJSIP/6002
 * answers two (none upheld — one of them only has a pending or rejected complaint, which the store
 * does not flag), one caller abandons. 座席被投诉率 = 2 / 5 = 40.0 %; PJSIP/6001 2 / 3 = 66.7 %,
 * PJSIP/6002 0 / 2 = 0.0 %; 09:00 1 / 3 = 33.3 %, 14:00 1 / 2 = 50.0 %. A spy leg flagged by
 * mistake counts nowhere.
 */
class AgentComplaintRateTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 7), SHANGHAI);

  private static CallFact call(
      String id, String agent, String beijingTime, boolean answered, boolean complained) {
    return call(id, agent, beijingTime, answered, complained, null);
  }

  private static CallFact call(
      String id,
      String agent,
      String beijingTime,
      boolean answered,
      boolean complained,
      SetAside aside) {
    Instant at =
        LocalDate.of(2026, 12, 7).atTime(LocalTime.parse(beijingTime)).atZone(SHANGHAI).toInstant();
    return new CallFact(
        id,
        "hotline",
        agent,
        aside == null ? at : null,
        answered,
        3_000,
        answered ? 90_000 : 0,
        0,
        0,
        false,
        at,
        aside,
        null,
        complained,
        null);
  }

  private static TrafficReport report() {
    List<CallFact> calls =
        List.of(
            call("c1", "PJSIP/6001", "09:10", true, true),
            call("c2", "PJSIP/6001", "09:20", true, false),
            call("c3", "PJSIP/6001", "14:05", true, true),
            call("c4", "PJSIP/6002", "09:40", true, false),
            call("c5", "PJSIP/6002", "14:30", true, false),
            call("c6", null, "09:50", false, false),
            call("spy", "PJSIP/6001", "10:00", true, true, SetAside.SUPERVISION));
    return new TrafficReports(ReportSettings.DEFAULT).build(DAY, TrafficSlices.of(calls, SHANGHAI));
  }

  private static TrafficKpis row(List<TrafficReport.Row> rows, String label) {
    return rows.stream().filter(r -> r.label().equals(label)).findFirst().orElseThrow().kpis();
  }

  @Test
  void theRateIsTheAnsweredCallsWithAnUpheldComplaintOverTheAnsweredCalls() {
    AgentComplaintRate rate = report().totals().agentComplaintRate();

    assertThat(rate.complainedCalls()).isEqualTo(2);
    assertThat(rate.answeredCalls()).isEqualTo(5);
    assertThat(rate.rate().percent()).isEqualTo("40.0%");
  }

  @Test
  void eachAgentIsJudgedOnTheCallsThatAgentAnswered() {
    TrafficReport r = report();

    assertThat(row(r.byAgent(), "PJSIP/6001").agentComplaintRate().rate().percent())
        .isEqualTo("66.7%");
    assertThat(row(r.byAgent(), "PJSIP/6002").agentComplaintRate().rate().percent())
        .isEqualTo("0.0%");
  }

  @Test
  void eachHourCountsTheComplaintsOfTheCallsItAnswered() {
    TrafficReport r = report();

    assertThat(row(r.byHour(), "09:00").agentComplaintRate().rate().percent()).isEqualTo("33.3%");
    assertThat(row(r.byHour(), "14:00").agentComplaintRate().rate().percent()).isEqualTo("50.0%");
    assertThat(row(r.byHour(), "03:00").agentComplaintRate().rate().percent()).isEqualTo("—");
  }

  @Test
  void aPersonsRateIsOverTheCallsThatPersonAnswered() {
    AgentWork w =
        new AgentWork(
            "agent1", "座席员王芳", new LoggedInTime(0), new PausedTime(Map.of()), 3, 0, 0, 0, 2);

    assertThat(w.complaintRate().rate().percent()).isEqualTo("66.7%");
  }

  @Test
  void theDocumentListsTheRateInAllAndPerAgentWithItsRule() {
    ReportDocument doc = TrafficDocument.of(report());

    ReportDocument.Section s =
        doc.sections().stream().filter(x -> x.title().equals("座席被投诉率")).findFirst().orElseThrow();
    assertThat(s.rows())
        .extracting(row -> String.join(" ", row.stream().map(ReportDocument.Cell::text).toList()))
        .containsExactly("合计 5 2 40.0%", "PJSIP/6001 3 2 66.7%", "PJSIP/6002 2 0 0.0%");
    assertThat(doc.note()).contains("经审核成立的座席投诉").contains("待审核、不成立的不计");
  }

  @Test
  void withoutAnsweredCallsTheRateIsNoDataNotZero() {
    assertThat(new AgentComplaintRate(0, 0).rate().percent()).isEqualTo("—");
  }

  @Test
  void moreComplainedCallsThanAnsweredOnesIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> new AgentComplaintRate(3, 2));
  }
}
