package gov.hotline.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.core.category.Category;
import gov.hotline.core.id.CategoryId;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.core.ticket.TicketAction;
import gov.hotline.reporting.domain.AgentComplaintRate;
import gov.hotline.reporting.domain.CallFact;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.domain.TicketFact;
import gov.hotline.reporting.domain.TicketReport;
import gov.hotline.reporting.domain.TicketSlice;
import gov.hotline.reporting.domain.TrafficReport;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A third quarter and a named date range over a handful of calls and tickets placed on and around
 * the boundaries (Beijing time), every figure worked out by hand below.
 *
 * <p>Calls: 06-30 23:30 answered after 4 s (before Q3); 07-01 00:10 answered after 10 s; 08-15
 * 10:00 three calls, answered after 5 s and 30 s and abandoned after 8 s; 09-30 23:59 answered
 * after 12 s; 10-01 00:01 abandoned after 40 s (after Q3). Q3: 呼入 5, 接听 4, 放弃 1 (short, under 10
 * s), 呼损率 1/5 = 20.0%, 15 秒接通率 3/5 = 60.0% (10, 5 and 12 s), 平均应答 (10 + 5 + 30 + 12) / 4 = 14.25 s,
 * 最长等待 30 s. The range 09-30..10-01 「国庆前后」: 呼入 2, 接听 1, 呼损率 50.0%, 最长等待 40 s.
 *
 * <p>Tickets: 06-30 two created (phone); 07-01 three created (two web, one phone), the phone one
 * closed directly; 09-30 one created (phone) and closed directly; 10-01 four created (web). Q3: 工单量
 * 4, 直接办结 2 → 50.0%, by channel phone 2, web 2. The range 09-30..10-01: 工单量 5, 直接办结 1 → 20.0%.
 */
class QuarterAndRangeReportsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period Q3 =
      Period.of(PeriodKind.QUARTER, LocalDate.of(2026, 8, 15), SHANGHAI);
  private static final Period AROUND_NATIONAL_DAY =
      Period.range(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 1), "国庆前后", SHANGHAI);
  private static final List<Category> CATEGORIES =
      List.of(
          new Category(CategoryId.of("ZW"), null, "政务服务", 1, true),
          new Category(CategoryId.of("ZW01"), CategoryId.of("ZW"), "税费", 1, true));
  private final TrafficReports traffic = new TrafficReports(ReportSettings.DEFAULT);
  private final TicketReports tickets = new TicketReports(ReportSettings.ContractTargets.DEFAULT);
  private int callNo;

  private CallFact call(String at, boolean answered, int waitSeconds) {
    var t = LocalDateTime.parse(at).atZone(SHANGHAI).toInstant();
    return new CallFact(
        "c" + ++callNo,
        "hotline",
        answered ? "agent1" : null,
        t,
        answered,
        waitSeconds * 1000L,
        answered ? 60_000 : 0,
        0,
        0,
        false,
        t);
  }

  private List<CallFact> calls() {
    return List.of(
        call("2026-06-30T23:30", true, 4),
        call("2026-07-01T00:10", true, 10),
        call("2026-08-15T10:00", true, 5),
        call("2026-08-15T10:00", true, 30),
        call("2026-08-15T10:00", false, 8),
        call("2026-09-30T23:59", true, 12),
        call("2026-10-01T00:01", false, 40));
  }

  private static TicketFact created(LocalDate day, Channel channel, long n) {
    return new TicketFact(
        TicketAction.CREATE, day, day, null, channel, AppealType.CONSULT, "ZW01", false, null, n);
  }

  private static TicketFact closed(LocalDate day, Channel channel) {
    return new TicketFact(
        TicketAction.DIRECT_CLOSE,
        day,
        day,
        null,
        channel,
        AppealType.CONSULT,
        "ZW01",
        false,
        null,
        1);
  }

  private static List<TicketSlice> ticketSlices() {
    LocalDate jun30 = LocalDate.of(2026, 6, 30);
    LocalDate jul1 = LocalDate.of(2026, 7, 1);
    LocalDate sep30 = LocalDate.of(2026, 9, 30);
    LocalDate oct1 = LocalDate.of(2026, 10, 1);
    List<TicketFact> f =
        new ArrayList<>(
            List.of(
                created(jun30, Channel.PHONE, 2),
                created(jul1, Channel.WEB, 2),
                created(jul1, Channel.PHONE, 1),
                closed(jul1, Channel.PHONE),
                created(sep30, Channel.PHONE, 1),
                closed(sep30, Channel.PHONE),
                created(oct1, Channel.WEB, 4)));
    return TicketSlices.of(f);
  }

  @Test
  void aQuarterIsTheCalendarQuarterWithItsOwnTitleAndKey() {
    assertThat(Q3.first()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(Q3.last()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(Q3.days()).isEqualTo(92);
    assertThat(Q3.key()).isEqualTo("quarter-2026-Q3");
    assertThat(TrafficDocument.of(traffic.build(Q3, TrafficSlices.of(calls(), SHANGHAI))).title())
        .isEqualTo("2026年第3季度 话务季报");
  }

  @Test
  void theQuarterlyTrafficFiguresAreTheHandCountedOnes() {
    TrafficReport r = traffic.build(Q3, TrafficSlices.of(calls(), SHANGHAI));

    assertThat(r.totals().offered()).isEqualTo(5);
    assertThat(r.totals().answered()).isEqualTo(4);
    assertThat(r.totals().abandoned()).isEqualTo(1);
    assertThat(r.totals().shortAbandoned()).isEqualTo(1);
    assertThat(r.totals().abandonRate().percent()).isEqualTo("20.0%");
    assertThat(r.totals().serviceLevel(15).percent()).isEqualTo("60.0%");
    assertThat(r.totals().asaSeconds()).isEqualTo(14.25);
    assertThat(r.totals().longestWaitSeconds()).isEqualTo(30);
    assertThat(r.byDay()).hasSize(92);
    assertThat(r.byDay().getFirst().label()).isEqualTo("2026-07-01");
    assertThat(r.byDay().getFirst().kpis().offered()).isEqualTo(1);
    assertThat(r.byDay().getLast().kpis().offered()).isEqualTo(1);
    assertThat(r.byDay().stream().mapToLong(d -> d.kpis().offered()).sum()).isEqualTo(5);
  }

  @Test
  void aNamedRangeCountsExactlyItsDays() {
    TrafficReport r = traffic.build(AROUND_NATIONAL_DAY, TrafficSlices.of(calls(), SHANGHAI));

    assertThat(r.totals().offered()).isEqualTo(2);
    assertThat(r.totals().answered()).isEqualTo(1);
    assertThat(r.totals().abandonRate().percent()).isEqualTo("50.0%");
    assertThat(r.totals().longestWaitSeconds()).isEqualTo(40);
    assertThat(r.byDay())
        .extracting(TrafficReport.Row::label)
        .containsExactly("2026-09-30", "2026-10-01");
    assertThat(AROUND_NATIONAL_DAY.key()).isEqualTo("range-2026-09-30_2026-10-01");
    assertThat(TrafficDocument.of(r).title()).isEqualTo("国庆前后（2026年9月30日—10月1日） 话务报表");
  }

  @Test
  void theQuarterlyAndRangeTicketFiguresAreTheHandCountedOnes() {
    TicketReport q = tickets.build(Q3, ticketSlices(), new AgentComplaintRate(0, 4), CATEGORIES);
    assertThat(q.totals().created()).isEqualTo(4);
    assertThat(q.totals().directClosed()).isEqualTo(2);
    assertThat(q.totals().directCloseRate().percent()).isEqualTo("50.0%");
    assertThat(q.byChannel())
        .filteredOn(row -> row.code().equals("PHONE"))
        .singleElement()
        .satisfies(row -> assertThat(row.kpis().created()).isEqualTo(2));
    assertThat(q.byChannel())
        .filteredOn(row -> row.code().equals("WEB"))
        .singleElement()
        .satisfies(row -> assertThat(row.kpis().created()).isEqualTo(2));
    assertThat(TicketDocument.of(q).title()).isEqualTo("2026年第3季度 工单季报");

    TicketReport r =
        tickets.build(
            AROUND_NATIONAL_DAY, ticketSlices(), new AgentComplaintRate(0, 1), CATEGORIES);
    assertThat(r.totals().created()).isEqualTo(5);
    assertThat(r.totals().directCloseRate().percent()).isEqualTo("20.0%");
    assertThat(r.byDay()).hasSize(2);
  }

  @Test
  void aYearIsTheCalendarYear() {
    Period y = Period.of(PeriodKind.YEAR, LocalDate.of(2024, 5, 5), SHANGHAI);
    assertThat(y.first()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(y.last()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(y.days()).isEqualTo(366);
    assertThat(y.key()).isEqualTo("year-2024");
    assertThat(y.title()).isEqualTo("2024年 年报");
    assertThat(traffic.build(y, TrafficSlices.of(calls(), SHANGHAI)).totals().offered()).isZero();
  }
}
