package gov.hotline.reporting.service;

import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.Ratio;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportDocument.Cell;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The unit ranking (承办单位三率排名) as a document. */
public final class UnitDocument {
  private UnitDocument() {}

  private static Cell rate(Ratio r) {
    return Cell.rate(r, UnitRates.text(r));
  }

  public static ReportDocument of(Period period, List<UnitRanking.Row> rows, UnitRates.Weights w) {
    List<List<Cell>> data = new ArrayList<>();
    for (UnitRanking.Row r : rows) {
      UnitCounters c = r.counters();
      data.add(
          List.of(
              r.ranked() ? Cell.count(r.rank()) : Cell.plain("不参与排名"),
              Cell.plain(r.unitName()),
              Cell.count(c.dispatched()),
              Cell.count(c.signedOnTime()),
              rate(r.rates().responseRate()),
              Cell.count(c.callbacks()),
              rate(r.rates().resolutionRate()),
              rate(r.rates().satisfactionRate()),
              Cell.count(c.returns()),
              Cell.count(c.extensions()),
              Cell.count(r.overdueNow()),
              r.ranked()
                  ? Cell.decimal(
                      Math.round(r.score() * 10) / 10.0,
                      String.format(Locale.ROOT, "%.1f", r.score()))
                  : Cell.plain(UnitRates.NO_DATA)));
    }
    var section =
        new ReportDocument.Section(
            "三率排名",
            List.of(
                "排名", "承办单位", "派单数", "按时签收", "响应率", "回访数", "解决率", "满意率", "退单", "延期", "当前超期",
                "综合得分"),
            data);
    String note =
        String.format(
            Locale.ROOT,
            "响应率 = 按时签收数 ÷ 派单数；解决率 = 已解决 ÷ 回访数；满意率 =（满意 + 基本满意）÷ 回访数；"
                + "无分母的比率为“无数据”，不按满分也不按零分计。综合得分 = 100 ×（%.2f×响应率 + %.2f×解决率 + %.2f×满意率）÷ 权重之和，"
                + "只计有数据的比率（其权重重新归一）；三率均无数据的单位不参与排名，列于表末。"
                + "得分（保留一位小数）相同时，依次按有数据的比率多者、考核件数（派单数 + 回访数）多者、当前超期件数少者排前；仍相同者并列。",
            w.response(),
            w.resolution(),
            w.satisfaction());
    String title = period.titled("承办单位三率排名");
    return new ReportDocument(title, note, List.of(section), null);
  }
}
