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
import org.junit.jupiter.api.Test;

/**
 * The two satisfaction lines, by hand. Five answered calls: three callers answered the post-call
 * survey (满意, 满意, 不满意), two hung up without; one abandoned caller cannot be asked, and a spy leg's
 * "answer" counts nowhere. 服务满意度 = 2 / 3 = 66.7 %, 参评率 = 3 / 5 = 60.0 %. The tickets' 10 callbacks
 * got 8 answers (5 满意, 1 基本满意, 2 不满意): 满意率 = 6 / 8 = 75.0 %, 答复率 = 8 / 10 = 80.0 %.
 */
class SatisfactionLinesTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 7), SHANGHAI);
  private static final Instant NINE = Instant.parse("2026-12-07T01:00:00Z");
  private static final CallbackSatisfaction CALLBACKS = new CallbackSatisfaction(5, 1, 2, 10);

  private static CallFact call(String id, boolean answered, SetAside aside, SurveyAnswer survey) {
    return new CallFact(
        id,
        "hotline",
        "PJSIP/6001",
        aside == null ? NINE : null,
        answered,
        2_000,
        answered ? 60_000 : 0,
        0,
        0,
        false,
        NINE,
        aside,
        survey);
  }

  private static TrafficReport report() {
    List<CallFact> calls = new ArrayList<>();
    calls.add(call("a1", true, null, SurveyAnswer.SATISFIED));
    calls.add(call("a2", true, null, SurveyAnswer.SATISFIED));
    calls.add(call("a3", true, null, SurveyAnswer.DISSATISFIED));
    calls.add(call("a4", true, null, null));
    calls.add(call("a5", true, null, null));
    calls.add(call("x1", false, null, null));
    calls.add(call("spy", true, SetAside.SUPERVISION, SurveyAnswer.SATISFIED));
    return new TrafficReports(ReportSettings.DEFAULT)
        .build(DAY, TrafficSlices.of(calls, SHANGHAI), List.of(), CALLBACKS);
  }

  @Test
  void theSurveysServiceSatisfactionHasItsOwnDenominatorAndResponseRate() {
    ServiceSatisfaction s = report().totals().serviceSatisfaction();

    assertThat(s.responses()).isEqualTo(3);
    assertThat(s.answeredCalls()).isEqualTo(5);
    assertThat(s.rate().percent()).isEqualTo("66.7%");
    assertThat(s.responseRate().percent()).isEqualTo("60.0%");
  }

  @Test
  void theCallbacksSatisfactionRateHasItsOwnDenominatorAndResponseRate() {
    assertThat(CALLBACKS.answers()).isEqualTo(8);
    assertThat(CALLBACKS.rate().percent()).isEqualTo("75.0%");
    assertThat(CALLBACKS.responseRate().percent()).isEqualTo("80.0%");
  }

  @Test
  void theDocumentShowsBothLinesSideBySide() {
    ReportDocument doc = TrafficDocument.of(report());

    ReportDocument.Section section =
        doc.sections().stream().filter(s -> s.title().equals("满意度")).findFirst().orElseThrow();
    assertThat(section.rows())
        .extracting(row -> String.join(" ", row.stream().map(ReportDocument.Cell::text).toList()))
        .containsExactly("服务满意度 话后评价（按键） 2 0 1 3 5 60.0% 66.7%", "满意率 工单回访 5 1 2 8 10 80.0% 75.0%");
    assertThat(doc.note()).contains("服务满意度 =（满意 + 基本满意）÷ 话后评价参评数，参评率 = 参评数 ÷ 接听数");
  }

  @Test
  void withoutSurveyAnswersServiceSatisfactionIsUndefinedNotFull() {
    ServiceSatisfaction s = new ServiceSatisfaction(0, 0, 0, 5);

    assertThat(s.rate().value()).isNull();
    assertThat(s.rate().percent()).isEqualTo("—");
    assertThat(s.responseRate().percent()).isEqualTo("0.0%");
  }
}
