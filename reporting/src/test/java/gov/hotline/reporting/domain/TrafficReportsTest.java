package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import gov.hotline.reporting.adapter.ReportCsv;
import gov.hotline.reporting.adapter.ReportHtml;
import gov.hotline.reporting.adapter.ReportXlsx;
import gov.hotline.reporting.service.TrafficDocument;
import gov.hotline.reporting.service.TrafficReports;
import gov.hotline.reporting.service.TrafficSlices;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The load fixture (300 calls on 2026-11-22 Beijing time) as a daily report in every format. */
class TrafficReportsTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final Period DAY = Period.of(PeriodKind.DAY, LocalDate.of(2026, 11, 22), SHANGHAI);
  private final TrafficReports reports = new TrafficReports(ReportSettings.DEFAULT);

  private TrafficReport loadReport() {
    return reports.build(DAY, TrafficSlices.of(QueueLogOracle.read("load"), SHANGHAI));
  }

  @Test
  void totalsAndHourlyBreakdownAddUpToTheQueueLog() {
    TrafficReport r = loadReport();

    assertThat(r.totals().offered()).isEqualTo(300);
    assertThat(r.totals().answered()).isEqualTo(49);
    assertThat(r.byHour()).hasSize(24);
    assertThat(r.byHour().stream().mapToLong(row -> row.kpis().offered()).sum()).isEqualTo(300);
    assertThat(r.byAgent().stream().mapToLong(row -> row.kpis().answered()).sum()).isEqualTo(49);
    assertThat(r.byQueue()).extracting(TrafficReport.Row::label).containsExactly("hotline");
  }

  @Test
  void theContractPanelJudgesTheRatesAgainstTheTargets() {
    TrafficReport r = loadReport();

    assertThat(r.contract())
        .extracting(ContractCheck::indicator)
        .containsExactly("呼损率", "接通率", "15 秒接通率");
    assertThat(r.contract().get(0).actual()).isEqualTo("83.7%");
    assertThat(r.contract().get(0).verdict()).isEqualTo("未达标");
    assertThat(r.contract().get(1).pass()).isFalse();
  }

  @Test
  void aMonthWithMoreThan4000CallsIsNotAssessedOnAbandonRate() {
    TrafficCounters busy = new TrafficCounters();
    for (int i = 0; i < 4001; i++) {
      busy.add(
          new CallFact(
              "c" + i,
              "hotline",
              null,
              Instant.parse("2026-11-02T01:00:00Z"),
              i % 2 == 0,
              1000,
              0,
              0,
              0,
              false,
              null));
    }
    Period month = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 11, 1), SHANGHAI);

    TrafficReport r =
        reports.build(
            month,
            new TrafficRollup(
                List.of(new TrafficSlice(LocalDate.of(2026, 11, 2), 9, "hotline", busy)),
                List.of()));

    assertThat(r.contract().get(0).indicator()).isEqualTo("月度呼损率");
    assertThat(r.contract().get(0).verdict()).isEqualTo("不适用");
    assertThat(r.byDay()).hasSize(30);
  }

  @Test
  void afterHoursCallsAreCountedApartByWhenTheyStarted() {
    CallFact night =
        new CallFact(
            "n1", null, null, null, false, 0, 0, 0, 0, true, Instant.parse("2026-11-22T14:30:00Z"));
    CallFact outbound =
        new CallFact(
            "o1",
            null,
            "PJSIP/6001",
            null,
            false,
            0,
            60_000,
            0,
            0,
            false,
            Instant.parse("2026-11-22T03:00:00Z"));

    TrafficReport r = reports.build(DAY, TrafficSlices.of(List.of(night, outbound), SHANGHAI));

    assertThat(r.totals().afterHours()).isEqualTo(1);
    assertThat(r.totals().offered()).isZero();
    assertThat(r.byHour().get(22).kpis().afterHours()).isEqualTo(1);
  }

  @Test
  void aDayWithoutCallsIsAReportOfZerosAndDashes() {
    TrafficReport r = reports.build(DAY, TrafficRollup.EMPTY);

    assertThat(r.totals().offered()).isZero();
    assertThat(r.contract()).allMatch(c -> c.pass() == null && c.actual().equals("—"));
    assertThat(new String(ReportCsv.render(TrafficDocument.of(r)), StandardCharsets.UTF_8))
        .contains(",0,0,0,0,—,—");
  }

  @Test
  void theCsvHasChineseHeadingsAndOpensInExcel() {
    String csv =
        new String(ReportCsv.render(TrafficDocument.of(loadReport())), StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFF2026年11月22日 话务日报");
    assertThat(csv).contains("统计周期,呼入总数,接听数,放弃数,短时放弃(<10秒),呼损率,接通率,15秒接通率,20秒接通率");
    assertThat(csv).contains("2026年11月22日 日报,300,49,251,");
    assertThat(csv).contains("83.7%");
  }

  @Test
  void theWorkbookHasOneSheetPerSectionWithCountsAsNumbers() throws Exception {
    byte[] xlsx = ReportXlsx.render(TrafficDocument.of(loadReport()));

    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(wb.getSheets().map(s -> s.getName()).toList())
          .containsExactly(
              "汇总", "分时段", "分队列", "分座席", "合同考核指标", "未计入呼入的通话", "满意度", "座席被投诉率", "服务时间分流");
      List<Row> rows = wb.getFirstSheet().read();
      assertThat(rows.get(1).getCellText(1)).isEqualTo("呼入总数");
      assertThat(rows.get(2).getCell(1).asNumber().intValue()).isEqualTo(300);
    }
  }

  @Test
  void theHtmlPageShowsTitleTablesAndAChart() {
    String html =
        new ReportHtml()
            .render(
                TrafficDocument.of(loadReport()), Instant.parse("2026-11-22T01:00:00Z"), SHANGHAI);

    assertThat(html).contains("<title>2026年11月22日 话务日报</title>");
    assertThat(html)
        .contains("<svg")
        .contains("<th>呼损率</th>")
        .contains("83.7%")
        .contains("class=\"fail\"");
    assertThat(html).contains("生成时间：2026-11-22 09:00");
    assertThat(html).contains("<rect x=\"34\"");
  }
}
