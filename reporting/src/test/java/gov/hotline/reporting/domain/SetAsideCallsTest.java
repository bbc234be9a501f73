package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.reporting.service.TrafficDocument;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.reporting.service.TrafficSlices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calls that are not calls, by hand: on 2026-12-07 (Beijing) two citizens call (one answered after
 * 5 s with 60 s of talk, one abandoned after 20 s), and the platform records one callback with 90 s
 * of talk, two spy legs, one internal call and one other platform originate. 呼入 is 2, 接听 1, 呼损率 1/2
 * = 50.0 %, average talk 60 s: none of the five others moves a figure, and the report sets aside 1
 * 回访外呼, 2 班长监听, 1 内部通话, 1 平台发起 = 5.
 */
class SetAsideCallsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 7), SHANGHAI);
  private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");

  private static CallFact citizen(String id, boolean answered, long waitMs, long talkMs) {
    return new CallFact(
        id,
        "hotline",
        answered ? "PJSIP/6001" : null,
        NINE,
        answered,
        waitMs,
        talkMs,
        0,
        0,
        false,
        NINE);
  }

  private static CallFact aside(String id, SetAside kind, long talkMs) {
    // a spy leg or an internal call may even carry a queue time or an agent: it is still no 呼入
    return new CallFact(
        id, null, "PJSIP/6002", null, true, 0, talkMs, 0, 0, false, NINE.plusSeconds(600), kind);
  }

  private static List<CallFact> day() {
    List<CallFact> calls = new ArrayList<>();
    calls.add(citizen("in-1", true, 5_000, 60_000));
    calls.add(citizen("in-2", false, 20_000, 0));
    calls.add(aside("cb-1", SetAside.CALLBACK, 90_000));
    calls.add(aside("spy-1", SetAside.SUPERVISION, 30_000));
    calls.add(aside("spy-2", SetAside.SUPERVISION, 0));
    calls.add(aside("int-1", SetAside.INTERNAL, 45_000));
    calls.add(aside("pf-1", SetAside.PLATFORM, 0));
    return calls;
  }

  @Test
  void setAsideCallsMoveNoTrafficFigureAndAreCountedPerClass() {
    TrafficReport r =
        new TrafficReports(ReportSettings.DEFAULT).build(DAY, TrafficSlices.of(day(), SHANGHAI));

    assertThat(r.totals().offered()).isEqualTo(2);
    assertThat(r.totals().answered()).isEqualTo(1);
    assertThat(r.totals().abandonRate().percent()).isEqualTo("50.0%");
    assertThat(r.totals().avgTalkSeconds()).isEqualTo(60.0);
    assertThat(r.totals().afterHours()).isZero();
    assertThat(r.byAgent()).extracting(TrafficReport.Row::label).containsExactly("PJSIP/6001");
    assertThat(r.setAside())
        .containsAllEntriesOf(
            Map.of(
                SetAside.CALLBACK, 1L,
                SetAside.SUPERVISION, 2L,
                SetAside.INTERNAL, 1L,
                SetAside.PLATFORM, 1L));
    assertThat(r.setAsideTotal()).isEqualTo(5);
  }

  @Test
  void theDocumentSaysHowManyCallsItSetAsidePerClass() {
    ReportDocument doc =
        TrafficDocument.of(
            new TrafficReports(ReportSettings.DEFAULT)
                .build(DAY, TrafficSlices.of(day(), SHANGHAI)));

    assertThat(doc.note())
        .contains("另有非市民来电 5 个未计入：回访外呼 1 个、班长监听 2 个、内部通话 1 个、平台发起 1 个（不计入呼入总数，也不计入任何话务指标）。");
    ReportDocument.Section section =
        doc.sections().stream().filter(s -> s.title().equals("未计入呼入的通话")).findFirst().orElseThrow();
    assertThat(section.rows())
        .extracting(row -> row.get(0).text() + "=" + row.get(1).text())
        .containsExactly("回访外呼=1", "班长监听=2", "内部通话=1", "平台发起=1", "合计=5");
  }

  @Test
  void aDayWithoutSetAsideCallsListsEveryClassWithZero() {
    TrafficReport r =
        new TrafficReports(ReportSettings.DEFAULT)
            .build(DAY, TrafficSlices.of(List.of(citizen("in-1", true, 5_000, 60_000)), SHANGHAI));

    assertThat(r.setAside()).hasSize(4).allSatisfy((k, n) -> assertThat(n).isZero());
    assertThat(r.setAsideTotal()).isZero();
  }
}
