package gov.hotline.reporting.service;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.reporting.domain.AgentComplaintRate;
import gov.hotline.reporting.domain.CallbackSatisfaction;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportDocument.Cell;
import gov.hotline.reporting.domain.ReportDocument.Section;
import gov.hotline.reporting.domain.ServiceSatisfaction;
import gov.hotline.reporting.domain.SetAside;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.reporting.domain.TrafficReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The traffic report as a document: Chinese headings, percentages to one decimal, durations as 分:秒.
 */
public final class TrafficDocument {
  private TrafficDocument() {}

  public static ReportDocument of(TrafficReport r) {
    List<Section> out = new ArrayList<>();
    out.add(
        new Section("汇总", headings(r, "统计周期"), List.of(cells(r, r.period().title(), r.totals()))));
    out.add(section(r, "分时段", "时段", r.byHour()));
    if (!r.byDay().isEmpty()) {
      out.add(section(r, "分日", "日期", r.byDay()));
    }
    out.add(section(r, "分队列", "队列", r.byQueue()));
    out.add(section(r, "分座席", "座席", r.byAgent()));
    if (!r.byPerson().isEmpty()) {
      out.add(AgentWorkSection.of(r.byPerson()));
    }
    List<List<String>> contract = new ArrayList<>();
    r.contract()
        .forEach(
            c ->
                contract.add(
                    List.of(c.indicator(), c.target(), c.actual(), c.verdict(), c.note())));
    out.add(Section.ofText("合同考核指标", List.of("指标", "目标", "实际", "结论", "说明"), contract));
    out.add(setAsideSection(r));
    out.add(satisfactionSection(r));
    out.add(complaintSection(r));
    out.add(branchSection(r));
    List<ReportDocument.Bar> bars =
        r.byHour().stream()
            .map(
                row ->
                    new ReportDocument.Bar(
                        row.label(), row.kpis().offered(), row.kpis().answered()))
            .toList();
    String title = r.period().titled("话务" + r.period().kind().label());
    String note =
        "非工作时间来电 "
            + r.totals().afterHours()
            + " 个（不计入呼入总数）。"
            + setAsideNote(r)
            + "呼损率 =（呼入总数 − 接听数）÷ 呼入总数；"
            + "N 秒接通率 = N 秒内接听数 ÷ 呼入总数；平均处理时长 = 平均通话时长 + 平均保持时长 + 平均话后整理时长（话后整理自通话结束至座席重新就绪，"
            + "至少为队列的话后整理时长，座席以「话后整理」示忙则延至恢复）。"
            + "服务满意度 =（满意 + 基本满意）÷ 话后评价参评数，参评率 = 参评数 ÷ 接听数；"
            + "满意率 =（满意 + 基本满意）÷ 有答复的回访，答复率 = 有答复的回访 ÷ 回访次数；两者分列，互不合并。"
            + "座席工作量按人员（工号、姓名）统计：占用率 =（通话 + 保持 + 话后整理）÷（签入时长 − 话后整理以外的示忙时长），"
            + "每小时接听量 = 接听数 ÷ 签入小时数。"
            + "座席被投诉率 = 接听的来电中有经审核成立的座席投诉的通话 ÷ 接听数（投诉关联被投诉通话及其录音，按该通话的时间和座席计，"
            + "待审核、不成立的不计）。服务时间分流按工作日历（含法定节假日与调休）判断：工作时间进入热线队列，"
            + "非工作时间 7×24 线路进入应急队列，其余播放非工作时间提示。";
    return new ReportDocument(
        title, note, out, new ReportDocument.Chart("分时段话务量", "呼入总数", "接听数", bars));
  }

  /** 「另有非来电 N 个未计入：回访外呼 a 个、班长监听 b 个、内部通话 c 个、平台发起 d 个（不计入呼入总数及任何话务指标）。」 */
  public static String setAsideNote(TrafficReport r) {
    StringBuilder b = new StringBuilder("另有非市民来电 ").append(r.setAsideTotal()).append(" 个未计入：");
    String sep = "";
    for (var e : r.setAside().entrySet()) {
      b.append(sep).append(e.getKey().label()).append(' ').append(e.getValue()).append(" 个");
      sep = "、";
    }
    return b.append("（不计入呼入总数，也不计入任何话务指标）。").toString();
  }

  /**
   * 满意度: the post-call survey's 服务满意度 and the callbacks' 满意率 on their own lines, each with its
   * answers, its denominator, the base it was offered to and the response rate.
   */
  private static Section satisfactionSection(TrafficReport r) {
    ServiceSatisfaction s = r.totals().serviceSatisfaction();
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        List.of(
            Cell.plain("服务满意度"),
            Cell.plain("话后评价（按键）"),
            Cell.count(s.satisfied()),
            Cell.count(s.basicallySatisfied()),
            Cell.count(s.dissatisfied()),
            Cell.count(s.responses()),
            Cell.count(s.answeredCalls()),
            Cell.rate(s.responseRate()),
            Cell.rate(s.rate())));
    CallbackSatisfaction c = r.callbacks();
    if (c != null) {
      rows.add(
          List.of(
              Cell.plain("满意率"),
              Cell.plain("工单回访"),
              Cell.count(c.satisfied()),
              Cell.count(c.basicallySatisfied()),
              Cell.count(c.dissatisfied()),
              Cell.count(c.answers()),
              Cell.count(c.callbacks()),
              Cell.rate(c.responseRate()),
              Cell.rate(c.rate())));
    }
    return new Section(
        "满意度", List.of("指标", "来源", "满意", "基本满意", "不满意", "有效答复（分母）", "应答基数", "答复率", "满意度/率"), rows);
  }

  /** 座席被投诉率: in all and per answering agent, each with its answered calls. */
  private static Section complaintSection(TrafficReport r) {
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(complaintRow("合计", r.totals()));
    r.byAgent().forEach(row -> rows.add(complaintRow(row.label(), row.kpis())));
    return new Section("座席被投诉率", List.of("座席", "接听数", "成立投诉（通）", "座席被投诉率"), rows);
  }

  private static List<Cell> complaintRow(String label, TrafficKpis k) {
    AgentComplaintRate c = k.agentComplaintRate();
    return List.of(
        Cell.plain(label),
        Cell.count(c.answeredCalls()),
        Cell.count(c.complainedCalls()),
        Cell.rate(c.rate()));
  }

  /** 服务时间分流: how many citizens' calls the service-hours script sent each way. */
  private static Section branchSection(TrafficReport r) {
    List<List<Cell>> rows = new ArrayList<>();
    long total = 0;
    for (var e : r.branches().entrySet()) {
      rows.add(
          List.of(
              Cell.plain(e.getKey().label()),
              Cell.count(e.getValue()),
              Cell.plain(why(e.getKey()))));
      total += e.getValue();
    }
    rows.add(List.of(Cell.plain("合计"), Cell.count(total), Cell.plain("")));
    return new Section("服务时间分流", List.of("分流", "通话数", "说明"), rows);
  }

  private static String why(ServiceBranch b) {
    return switch (b) {
      case OPEN -> "工作时间，进入热线队列（5×8）";
      case EMERGENCY -> "非工作时间，7×24 线路进入应急队列";
      case AFTER_HOURS -> "非工作时间，播放非工作时间提示";
    };
  }

  private static Section setAsideSection(TrafficReport r) {
    List<List<Cell>> rows = new ArrayList<>();
    r.setAside()
        .forEach(
            (k, n) -> rows.add(List.of(Cell.plain(k.label()), Cell.count(n), Cell.plain(why(k)))));
    rows.add(List.of(Cell.plain("合计"), Cell.count(r.setAsideTotal()), Cell.plain("")));
    return new Section("未计入呼入的通话", List.of("类别", "通话数", "说明"), rows);
  }

  private static String why(SetAside k) {
    return switch (k) {
      case CALLBACK -> "平台向市民发起的回访，不是来电";
      case SUPERVISION -> "班长监听、耳语、强插座席通话的通话腿";
      case INTERNAL -> "热线内部话机之间的通话（含转接前的咨询）";
      case PLATFORM -> "平台向本方话机发起的其他呼叫";
    };
  }

  static List<String> headings(TrafficReport r, String first) {
    List<String> h =
        new ArrayList<>(
            List.of(
                first,
                "呼入总数",
                "接听数",
                "放弃数",
                "短时放弃(<" + r.settings().shortAbandonSeconds() + "秒)",
                "呼损率",
                "接通率"));
    r.settings().serviceLevelSeconds().forEach(n -> h.add(n + "秒接通率"));
    h.addAll(List.of("平均应答时长", "平均通话时长", "平均保持时长", "平均话后整理时长", "平均处理时长", "最长等待"));
    return h;
  }

  static List<Cell> cells(TrafficReport r, String label, TrafficKpis k) {
    List<Cell> c =
        new ArrayList<>(
            List.of(
                Cell.plain(label),
                Cell.count(k.offered()),
                Cell.count(k.answered()),
                Cell.count(k.abandoned()),
                Cell.count(k.shortAbandoned()),
                Cell.rate(k.abandonRate()),
                Cell.rate(k.answerRate())));
    r.settings().serviceLevelSeconds().forEach(n -> c.add(Cell.rate(k.serviceLevel(n))));
    c.addAll(
        List.of(
            Cell.duration(k.asaSeconds()),
            Cell.duration(k.avgTalkSeconds()),
            Cell.duration(k.avgHoldSeconds()),
            Cell.duration(k.avgWrapUpSeconds()),
            Cell.duration(k.ahtSeconds()),
            Cell.duration((double) k.longestWaitSeconds())));
    return c;
  }

  private static Section section(
      TrafficReport r, String title, String first, List<TrafficReport.Row> rows) {
    List<List<Cell>> data = new ArrayList<>();
    rows.forEach(row -> data.add(cells(r, row.label(), row.kpis())));
    return new Section(title, headings(r, first), data);
  }
}
