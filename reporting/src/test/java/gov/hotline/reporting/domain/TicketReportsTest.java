package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.reporting.adapter.ReportCsv;
import gov.hotline.reporting.service.TicketDocument;
import gov.hotline.reporting.service.TicketReports;
import gov.hotline.reporting.service.TicketSlices;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ticket KPIs on a November with known truth. On 11-10: 6 phone tickets (4 consultations in ZW01, 2
 * complaints about agents in RX01) and 4 web requests for help (SR01); 3 consultations are closed
 * directly, one of them after midnight. The 4 web tickets are replied on 11-10; 3 are called back
 * (one on 11-12): 满意, 基本满意, 不满意, 2 resolved. On 11-30 one more web ticket is created and replied;
 * it is called back on 12-01, 满意. November: 工单量 11, 直接办结率 3/11, 回访率 4/5 (the 12-01 callback covers
 * the 11-30 reply), 满意率 2/3, 解决率 2/3.
 */
class TicketReportsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate NOV10 = LocalDate.of(2026, 11, 10);
  private static final LocalDate NOV30 = LocalDate.of(2026, 11, 30);
  private static final Period NOVEMBER = Period.of(PeriodKind.MONTH, NOV10, SHANGHAI);
  private static final Period DECEMBER =
      Period.of(PeriodKind.MONTH, LocalDate.of(2026, 12, 1), SHANGHAI);
  private static final List<Category> CATEGORIES =
      List.of(
          new Category(CategoryId.of("ZW"), null, "政务服务", 1, true),
          new Category(CategoryId.of("ZW01"), CategoryId.of("ZW"), "税费", 1, true),
          new Category(CategoryId.of("SR"), null, "市容环境", 2, true),
          new Category(CategoryId.of("SR01"), CategoryId.of("SR"), "环境卫生与垃圾清运", 1, true),
          new Category(CategoryId.of("RX"), null, "12345热线服务", 3, true),
          new Category(CategoryId.of("RX01"), CategoryId.of("RX"), "座席服务态度", 1, true));
  private final TicketReports reports = new TicketReports(ReportSettings.ContractTargets.DEFAULT);

  private static TicketFact fact(
      TicketAction action,
      LocalDate created,
      LocalDate day,
      LocalDate replyDay,
      Channel channel,
      AppealType type,
      String category,
      boolean resolved,
      String satisfaction,
      long count) {
    return new TicketFact(
        action, created, day, replyDay, channel, type, category, resolved, satisfaction, count);
  }

  private static List<TicketSlice> november() {
    List<TicketFact> f = new ArrayList<>();
    f.add(
        fact(
            TicketAction.CREATE,
            NOV10,
            NOV10,
            null,
            Channel.PHONE,
            AppealType.CONSULT,
            "ZW01",
            false,
            null,
            4));
    f.add(
        fact(
            TicketAction.CREATE,
            NOV10,
            NOV10,
            null,
            Channel.PHONE,
            AppealType.COMPLAINT,
            "RX01",
            false,
            null,
            2));
    f.add(
        fact(
            TicketAction.CREATE,
            NOV10,
            NOV10,
            null,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            false,
            null,
            4));
    f.add(
        fact(
            TicketAction.DIRECT_CLOSE,
            NOV10,
            NOV10,
            null,
            Channel.PHONE,
            AppealType.CONSULT,
            "ZW01",
            false,
            null,
            2));
    f.add(
        fact(
            TicketAction.DIRECT_CLOSE,
            NOV10,
            NOV10.plusDays(1),
            null,
            Channel.PHONE,
            AppealType.CONSULT,
            "ZW01",
            false,
            null,
            1));
    f.add(
        fact(
            TicketAction.REPLY,
            NOV10,
            NOV10,
            null,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            false,
            null,
            4));
    f.add(
        fact(
            TicketAction.CALLBACK,
            NOV10,
            NOV10,
            NOV10,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            true,
            "SATISFIED",
            1));
    f.add(
        fact(
            TicketAction.CALLBACK,
            NOV10,
            NOV10,
            NOV10,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            true,
            "BASICALLY_SATISFIED",
            1));
    f.add(
        fact(
            TicketAction.CALLBACK,
            NOV10,
            NOV10.plusDays(2),
            NOV10,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            false,
            "DISSATISFIED",
            1));
    f.add(
        fact(
            TicketAction.CREATE,
            NOV30,
            NOV30,
            null,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            false,
            null,
            1));
    f.add(
        fact(
            TicketAction.REPLY,
            NOV30,
            NOV30,
            null,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            false,
            null,
            1));
    f.add(
        fact(
            TicketAction.CALLBACK,
            NOV30,
            NOV30.plusDays(1),
            NOV30,
            Channel.WEB,
            AppealType.HELP,
            "SR01",
            true,
            "SATISFIED",
            1));
    return TicketSlices.of(f);
  }

  private TicketReport report(Period period, long answeredCalls) {
    return report(period, 0, answeredCalls);
  }

  private TicketReport report(Period period, long complainedCalls, long answeredCalls) {
    return reports.build(
        period, november(), new AgentComplaintRate(complainedCalls, answeredCalls), CATEGORIES);
  }

  @Test
  void volumeIsCountedByChannelAppealTypeAndBothCategoryLevels() {
    TicketReport r = report(NOVEMBER, 400);

    assertThat(r.totals().created()).isEqualTo(11);
    assertThat(r.byChannel())
        .extracting(row -> row.label() + "=" + row.kpis().created())
        .containsExactly("电话=6", "网站=5", "微信=0", "APP=0", "留言板=0", "电子邮件=0", "市级派单=0");
    assertThat(r.byAppealType())
        .extracting(row -> row.label() + "=" + row.kpis().created())
        .containsExactly("咨询=4", "求助=5", "投诉=2", "举报=0", "建议=0", "表扬=0");
    assertThat(r.byCategoryGroup())
        .extracting(row -> row.label() + "=" + row.kpis().created())
        .containsExactly("12345热线服务=2", "市容环境=5", "政务服务=4");
    assertThat(r.byCategory())
        .extracting(row -> row.label() + "=" + row.kpis().created())
        .containsExactly("12345热线服务/座席服务态度=2", "市容环境/环境卫生与垃圾清运=5", "政务服务/税费=4");
  }

  @Test
  void theDirectCloseRateCountsTicketsClosedAfterMidnightInTheirCreationDay() {
    TicketReport r = report(Period.of(PeriodKind.DAY, NOV10, SHANGHAI), 400);

    assertThat(r.totals().directClosed()).isEqualTo(3);
    assertThat(r.totals().directCloseRate()).isEqualTo(new Ratio(3, 10));
    assertThat(r.totals().directCloseRate().percent()).isEqualTo("30.0%");
  }

  @Test
  void callbackCoverageCountsEachReplyOnceCalledBackEvenInTheNextMonth() {
    TicketKpis nov = report(NOVEMBER, 400).totals();

    assertThat(nov.replied()).isEqualTo(5);
    assertThat(nov.calledBack()).isEqualTo(4);
    assertThat(nov.callbackCoverage().percent()).isEqualTo("80.0%");
  }

  @Test
  void satisfactionCountsTheCallbacksMadeInThePeriod() {
    TicketKpis nov = report(NOVEMBER, 400).totals();
    TicketKpis dec = report(DECEMBER, 0).totals();

    assertThat(nov.satisfactionRate()).isEqualTo(new Ratio(2, 3));
    assertThat(nov.satisfactionRate().percent()).isEqualTo("66.7%");
    assertThat(nov.resolutionRate()).isEqualTo(new Ratio(2, 3));
    assertThat(dec.satisfactionRate().percent()).isEqualTo("100.0%");
    assertThat(dec.callbackCoverage().percent()).isEqualTo("—");
  }

  @Test
  void complaintsAboutAgentsAreJudgedAgainstTheCallsAnswered() {
    TicketReport fine = report(NOVEMBER, 2, 400);
    TicketReport bad = report(NOVEMBER, 2, 100);

    assertThat(fine.agentComplaints()).isEqualTo(2);
    assertThat(fine.agentComplaintRate().percent()).isEqualTo("0.5%");
    assertThat(fine.contract().get(0).indicator()).isEqualTo("座席被投诉率");
    assertThat(fine.contract().get(0).verdict()).isEqualTo("达标");
    assertThat(bad.contract().get(0).actual()).isEqualTo("2.0%");
    assertThat(bad.contract().get(0).verdict()).isEqualTo("未达标");
    assertThat(fine.contract().get(1).indicator()).isEqualTo("满意率");
    assertThat(fine.contract().get(1).verdict()).isEqualTo("未达标");
  }

  @Test
  void complaintTicketsInTheHotlineServiceCategoryDoNotCountWithoutAReviewedComplaint() {
    TicketReport r = report(NOVEMBER, 0, 400); // two RX01 complaint tickets, no upheld complaint

    assertThat(r.agentComplaints()).isZero();
    assertThat(r.agentComplaintRate().percent()).isEqualTo("0.0%");
    assertThat(r.contract().get(0).note()).contains("成立投诉 0 通 ÷ 接听数 400");
  }

  @Test
  void aPeriodWithoutTicketsShowsZerosAndDashesNeverNaN() {
    TicketReport r =
        reports.build(
            Period.of(PeriodKind.DAY, LocalDate.of(2025, 1, 1), SHANGHAI),
            List.of(),
            new AgentComplaintRate(0, 0),
            CATEGORIES);
    String csv = new String(ReportCsv.render(TicketDocument.of(r)), StandardCharsets.UTF_8);

    assertThat(r.totals().created()).isZero();
    assertThat(r.totals().directCloseRate().percent()).isEqualTo("—");
    assertThat(r.contract()).extracting(ContractCheck::verdict).containsExactly("不适用", "不适用");
    assertThat(csv)
        .contains("工单日报")
        .contains("2025年1月1日 日报,0,0,—,0,0,—,0,—,—")
        .doesNotContain("NaN");
  }
}
