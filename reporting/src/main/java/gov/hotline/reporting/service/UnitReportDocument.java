package gov.hotline.reporting.service;

import gov.hotline.reporting.domain.Ratio;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportDocument.Cell;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** 单位报表 (one unit's figures in a period) as a document: XLSX, CSV, HTML and PDF render it. */
public final class UnitReportDocument {
  private UnitReportDocument() {}

  private static final List<String> SLOT_HEADINGS =
      List.of("派单数", "签收", "按时签收", "响应率", "回复", "按时回复", "回访数", "已解决", "解决率", "满意率", "退单", "延期");

  public static String title(UnitReports.Report r) {
    return r.period().titled(r.own().unitName() + " 单位报表");
  }

  public static ReportDocument of(UnitReports.Report r, UnitRates.Weights w) {
    List<ReportDocument.Section> sections = new ArrayList<>();
    sections.add(summary(r));
    sections.add(slots(r));
    if (!r.subUnits().isEmpty()) {
      sections.add(subUnits(r));
    }
    String note =
        String.format(
            Locale.ROOT,
            "派单数为本单位作为主办单位收到的派单（受理）；回复为本单位的办理回复（办结）。响应率 = 按时签收数 ÷ 派单数；"
                + "按时办结率 = 按时回复数 ÷ 回复数；解决率 = 已解决 ÷ 回访数；满意率 =（满意 + 基本满意）÷ 回访数；"
                + "无分母的比率为“无数据”。综合得分 = 100 ×（%.2f×响应率 + %.2f×解决率 + %.2f×满意率）÷ 权重之和，只计有数据的比率；"
                + "排名为本单位在全部承办单位三率排名中的名次。当前超期为生成报表时已超过办理时限的在办工单。"
                + "不纳入考核的工单不计入。",
            w.response(),
            w.resolution(),
            w.satisfaction());
    List<ReportDocument.Bar> bars =
        r.slots().stream()
            .map(
                s ->
                    new ReportDocument.Bar(
                        s.label(), s.counters().dispatched(), s.counters().replied()))
            .toList();
    var chart = new ReportDocument.Chart(r.daily() ? "每日派单与回复" : "每月派单与回复", "派单数", "回复", bars);
    return new ReportDocument(title(r), note, sections, chart);
  }

  private static Cell rate(Ratio ratio) {
    return Cell.rate(ratio, UnitRates.text(ratio));
  }

  private static ReportDocument.Section summary(UnitReports.Report r) {
    UnitRanking.Row own = r.own();
    UnitCounters c = own.counters();
    UnitRates rates = own.rates();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(line("派单数（受理）", Cell.count(c.dispatched())));
    rows.add(line("签收数", Cell.count(c.signed())));
    rows.add(line("按时签收数", Cell.count(c.signedOnTime())));
    rows.add(line("响应率", rate(rates.responseRate())));
    rows.add(line("回复数（办结）", Cell.count(c.replied())));
    rows.add(line("按时回复数", Cell.count(c.repliedOnTime())));
    rows.add(line("按时办结率", rate(rates.replyOnTimeRate())));
    rows.add(line("回访数", Cell.count(c.callbacks())));
    rows.add(line("已解决", Cell.count(c.resolved())));
    rows.add(line("解决率", rate(rates.resolutionRate())));
    rows.add(line("满意", Cell.count(c.satisfied())));
    rows.add(line("基本满意", Cell.count(c.basicallySatisfied())));
    rows.add(line("不满意", Cell.count(c.dissatisfied())));
    rows.add(line("满意率", rate(rates.satisfactionRate())));
    rows.add(line("退单", Cell.count(c.returns())));
    rows.add(line("延期", Cell.count(c.extensions())));
    rows.add(line("当前超期", Cell.count(own.overdueNow())));
    rows.add(line("综合得分", score(own)));
    rows.add(
        line(
            "三率排名",
            Cell.plain(
                own.ranked()
                    ? "第 " + own.rank() + " 名（共 " + r.rankedUnits() + " 个单位参与排名）"
                    : "不参与排名")));
    return new ReportDocument.Section("主要指标", List.of("指标", "本单位"), rows);
  }

  private static List<Cell> line(String label, Cell value) {
    return List.of(Cell.plain(label), value);
  }

  private static Cell score(UnitRanking.Row row) {
    return row.ranked()
        ? Cell.decimal(
            Math.round(row.score() * 10) / 10.0, String.format(Locale.ROOT, "%.1f", row.score()))
        : Cell.plain(UnitRates.NO_DATA);
  }

  private static List<Cell> counters(UnitCounters c) {
    UnitRates rates = new UnitRates(c);
    return List.of(
        Cell.count(c.dispatched()),
        Cell.count(c.signed()),
        Cell.count(c.signedOnTime()),
        rate(rates.responseRate()),
        Cell.count(c.replied()),
        Cell.count(c.repliedOnTime()),
        Cell.count(c.callbacks()),
        Cell.count(c.resolved()),
        rate(rates.resolutionRate()),
        rate(rates.satisfactionRate()),
        Cell.count(c.returns()),
        Cell.count(c.extensions()));
  }

  private static ReportDocument.Section slots(UnitReports.Report r) {
    List<List<Cell>> rows = new ArrayList<>();
    UnitCounters sum = UnitCounters.ZERO;
    for (UnitReports.Slot s : r.slots()) {
      rows.add(withLabel(s.label(), counters(s.counters())));
      sum = sum.plus(s.counters());
    }
    rows.add(withLabel("合计", counters(sum)));
    List<String> headings = new ArrayList<>();
    headings.add(r.daily() ? "日期" : "月份");
    headings.addAll(SLOT_HEADINGS);
    return new ReportDocument.Section(r.daily() ? "按日" : "按月", headings, rows);
  }

  private static List<Cell> withLabel(String label, List<Cell> cells) {
    List<Cell> row = new ArrayList<>();
    row.add(Cell.plain(label));
    row.addAll(cells);
    return row;
  }

  private static ReportDocument.Section subUnits(UnitReports.Report r) {
    List<List<Cell>> rows = new ArrayList<>();
    for (UnitRanking.Row s : r.subUnits()) {
      List<Cell> row = withLabel(s.unitName(), counters(s.counters()));
      row.add(Cell.count(s.overdueNow()));
      row.add(score(s));
      row.add(s.ranked() ? Cell.count(s.rank()) : Cell.plain("不参与排名"));
      rows.add(row);
    }
    List<Cell> total = withLabel("本单位及下级合计", counters(r.subtreeTotal()));
    total.add(Cell.count(r.subtreeOverdue()));
    total.add(Cell.plain(""));
    total.add(Cell.plain(""));
    rows.add(total);
    List<String> headings = new ArrayList<>();
    headings.add("下级单位");
    headings.addAll(SLOT_HEADINGS);
    headings.addAll(List.of("当前超期", "综合得分", "排名"));
    return new ReportDocument.Section("下级单位", headings, rows);
  }
}
