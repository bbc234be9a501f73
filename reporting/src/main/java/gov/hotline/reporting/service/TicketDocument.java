package gov.hotline.reporting.service;

import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportDocument.Cell;
import gov.hotline.reporting.domain.ReportDocument.Section;
import gov.hotline.reporting.domain.TicketKpis;
import gov.hotline.reporting.domain.TicketReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The ticket report as a document: Chinese headings, percentages to one decimal, "—" where nothing
 * to divide by.
 */
public final class TicketDocument {
  private static final List<String> FIGURES =
      List.of("工单量", "直接办结", "直接办结率", "需回访（反馈）", "已回访", "回访率", "回访次数", "满意率", "解决率");

  private TicketDocument() {}

  public static ReportDocument of(TicketReport r) {
    List<Section> out = new ArrayList<>();
    out.add(
        section("汇总", "统计周期", List.of(new TicketReport.Row("", r.period().title(), r.totals()))));
    out.add(section("按渠道", "渠道", r.byChannel()));
    out.add(section("按诉求类型", "诉求类型", r.byAppealType()));
    out.add(section("按问题分类（一级）", "问题分类", r.byCategoryGroup()));
    out.add(section("按问题分类（二级）", "问题分类", r.byCategory()));
    if (!r.byDay().isEmpty()) {
      out.add(section("分日", "日期", r.byDay()));
    }
    out.add(
        new Section(
            "座席被投诉率",
            List.of("成立投诉（通）", "接听数", "座席被投诉率"),
            List.of(
                List.of(
                    Cell.count(r.agentComplaints()),
                    Cell.count(r.answeredCalls()),
                    Cell.rate(r.agentComplaintRate())))));
    List<List<String>> contract = new ArrayList<>();
    r.contract()
        .forEach(
            c ->
                contract.add(
                    List.of(c.indicator(), c.target(), c.actual(), c.verdict(), c.note())));
    out.add(Section.ofText("合同考核指标", List.of("指标", "目标", "实际", "结论", "说明"), contract));
    List<ReportDocument.Bar> bars =
        r.byChannel().stream()
            .map(
                row ->
                    new ReportDocument.Bar(
                        row.label(), row.kpis().created(), row.kpis().directClosed()))
            .toList();
    String title = r.period().titled("工单" + r.period().kind().label());
    String note =
        "工单量按受理时间计；直接办结率 = 本期受理且直接办结的工单 ÷ 本期受理工单；回访率 = 本期反馈中已回访的 ÷ 本期反馈"
            + "（每次反馈均须回访）；满意率 =（满意 + 基本满意）÷ 本期有答复的回访，不含话后评价；解决率 = 已解决 ÷ 本期回访；"
            + "座席被投诉率 = 本期接听的来电中有经审核成立的座席投诉的通话 ÷ 本期接听数（投诉须关联被投诉通话及其录音，"
            + "待审核、不成立的不计）。无分母时显示“—”。";
    return new ReportDocument(
        title, note, out, new ReportDocument.Chart("分渠道工单量", "工单量", "直接办结", bars));
  }

  private static Section section(String title, String first, List<TicketReport.Row> rows) {
    List<String> headings = new ArrayList<>(List.of(first));
    headings.addAll(FIGURES);
    List<List<Cell>> data = new ArrayList<>();
    rows.forEach(row -> data.add(cells(row.label(), row.kpis())));
    return new Section(title, headings, data);
  }

  private static List<Cell> cells(String label, TicketKpis k) {
    return List.of(
        Cell.plain(label),
        Cell.count(k.created()),
        Cell.count(k.directClosed()),
        Cell.rate(k.directCloseRate()),
        Cell.count(k.replied()),
        Cell.count(k.calledBack()),
        Cell.rate(k.callbackCoverage()),
        Cell.count(k.callbacks()),
        Cell.rate(k.satisfactionRate()),
        Cell.rate(k.resolutionRate()));
  }
}
