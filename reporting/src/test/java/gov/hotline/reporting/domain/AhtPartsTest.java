package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.reporting.service.TrafficDocument;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.reporting.service.TrafficSlices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * AHT and its parts, by hand: two answered calls — talk 60 s, hold 20 s, wrap-up 10 s; talk 120 s,
 * hold 0 s, wrap-up 50 s — and one abandoned call (no part of any average). Average talk (60 + 120)
 * / 2 = 90 s, hold 20 / 2 = 10 s, wrap-up 60 / 2 = 30 s, AHT (90 + 10 + 30) = 130 s = 2:10.
 */
class AhtPartsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 7), SHANGHAI);
  private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");

  private static CallFact answered(String id, long talkS, long holdS, long wrapS) {
    return new CallFact(
        id,
        "hotline",
        "PJSIP/6001",
        NINE,
        true,
        3_000,
        talkS * 1000,
        holdS * 1000,
        wrapS * 1000,
        false,
        NINE);
  }

  private static TrafficReport report() {
    List<CallFact> calls =
        List.of(
            answered("a", 60, 20, 10),
            answered("b", 120, 0, 50),
            new CallFact("c", "hotline", null, NINE, false, 30_000, 0, 0, 0, false, NINE));
    return new TrafficReports(ReportSettings.DEFAULT).build(DAY, TrafficSlices.of(calls, SHANGHAI));
  }

  @Test
  void ahtIsTheSumOfAverageTalkHoldAndWrapUp() {
    TrafficKpis k = report().totals();

    assertThat(k.avgTalkSeconds()).isEqualTo(90.0);
    assertThat(k.avgHoldSeconds()).isEqualTo(10.0);
    assertThat(k.avgWrapUpSeconds()).isEqualTo(30.0);
    assertThat(k.ahtSeconds()).isEqualTo(130.0);
  }

  @Test
  void theDocumentShowsEachPartBesideTheAht() {
    ReportDocument doc = TrafficDocument.of(report());

    ReportDocument.Section summary = doc.sections().get(0);
    List<String> h = summary.headings();
    int talk = h.indexOf("平均通话时长");
    assertThat(h.subList(talk, talk + 4)).containsExactly("平均通话时长", "平均保持时长", "平均话后整理时长", "平均处理时长");
    assertThat(summary.rows().get(0).subList(talk, talk + 4))
        .extracting(ReportDocument.Cell::text)
        .containsExactly("1:30", "0:10", "0:30", "2:10");
  }

  @Test
  void withoutAnsweredCallsEveryPartIsUndefinedNotZero() {
    TrafficKpis k = new TrafficKpis(new TrafficCounters(), 10);

    assertThat(k.avgHoldSeconds()).isNull();
    assertThat(k.avgWrapUpSeconds()).isNull();
    assertThat(k.ahtSeconds()).isNull();
  }
}
