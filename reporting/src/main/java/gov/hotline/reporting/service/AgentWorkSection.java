package gov.hotline.reporting.service;

import gov.hotline.reporting.domain.AgentWork;
import gov.hotline.reporting.domain.Formats;
import gov.hotline.reporting.domain.ReportDocument.Cell;
import gov.hotline.reporting.domain.ReportDocument.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** 座席工作量（按人员）: each person's figures as one row of the traffic report. */
public final class AgentWorkSection {
  private AgentWorkSection() {}

  public static Section of(List<AgentWork> people) {
    List<List<Cell>> rows = new ArrayList<>();
    for (AgentWork w : people) {
      Double perHour = w.callsPerHour().value();
      rows.add(
          List.of(
              Cell.plain(w.username()),
              Cell.plain(w.name()),
              Cell.duration(w.loggedIn().seconds()),
              Cell.duration(w.paused().totalMillis() / 1000.0),
              Cell.plain(reasons(w)),
              Cell.count(w.answered()),
              Cell.decimal(perHour, perHour == null ? "—" : String.format("%.1f", perHour)),
              Cell.rate(w.occupancy().rate()),
              Cell.duration(w.avgTalkSeconds()),
              Cell.duration(w.avgHoldSeconds()),
              Cell.duration(w.avgWrapUpSeconds()),
              Cell.duration(w.ahtSeconds()),
              Cell.count(w.complained()),
              Cell.rate(w.complaintRate().rate())));
    }
    return new Section(
        "座席工作量（按人员）",
        List.of(
            "工号",
            "姓名",
            "签入时长",
            "示忙时长",
            "示忙原因",
            "接听数",
            "每小时接听量",
            "占用率",
            "平均通话时长",
            "平均保持时长",
            "平均话后整理时长",
            "平均处理时长",
            "成立投诉（通）",
            "座席被投诉率"),
        rows);
  }

  /** 「小休 5:00、就餐 30:00」. */
  static String reasons(AgentWork w) {
    return w.paused().millisByReason().entrySet().stream()
        .map(e -> e.getKey() + " " + Formats.minutesSeconds(e.getValue() / 1000.0))
        .collect(Collectors.joining("、"));
  }
}
