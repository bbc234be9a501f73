package gov.hotline.reporting.service;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.reporting.domain.CallbackSatisfaction;
import gov.hotline.reporting.domain.ContractCheck;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.Ratio;
import gov.hotline.reporting.domain.ReportSettings;
import gov.hotline.reporting.domain.SetAside;
import gov.hotline.reporting.domain.TrafficCounters;
import gov.hotline.reporting.domain.TrafficKpis;
import gov.hotline.reporting.domain.TrafficReport;
import gov.hotline.reporting.domain.TrafficRollup;
import gov.hotline.reporting.domain.TrafficSlice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Builds traffic reports from rollup slices; every figure comes from {@link TrafficKpis}. */
public final class TrafficReports {
  private final ReportSettings settings;

  public TrafficReports(ReportSettings settings) {
    this.settings = settings;
  }

  public ReportSettings settings() {
    return settings;
  }

  public TrafficReport build(Period period, TrafficRollup rollup) {
    return build(period, rollup, List.of());
  }

  /**
   * The report with {@code moreChecks} (the ticket side's service lines) appended to its contract
   * panel.
   */
  public TrafficReport build(Period period, TrafficRollup rollup, List<ContractCheck> moreChecks) {
    return build(period, rollup, moreChecks, null);
  }

  /**
   * The report with the ticket side's service lines in its contract panel and the callbacks' 满意率
   * ({@code callbacks}, may be null) beside the survey's 服务满意度.
   */
  public TrafficReport build(
      Period period,
      TrafficRollup rollup,
      List<ContractCheck> moreChecks,
      CallbackSatisfaction callbacks) {
    List<TrafficSlice> in = rollup.hours().stream().filter(s -> period.contains(s.day())).toList();
    TrafficCounters total = new TrafficCounters();
    in.forEach(s -> total.merge(s.counters()));
    TrafficKpis totals = kpis(total);
    List<TrafficReport.Row> byHour = new ArrayList<>();
    Map<String, TrafficCounters> hours = group(in, s -> String.format("%02d:00", s.hour()));
    for (int h = 0; h < 24; h++) { // every hour is listed, with zeros where nobody called
      String label = String.format("%02d:00", h);
      byHour.add(
          new TrafficReport.Row(label, kpis(hours.getOrDefault(label, new TrafficCounters()))));
    }
    List<TrafficReport.Row> byDay = new ArrayList<>();
    if (period.kind() != PeriodKind.DAY) {
      Map<String, TrafficCounters> days = group(in, s -> s.day().toString());
      for (var d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
        byDay.add(
            new TrafficReport.Row(
                d.toString(), kpis(days.getOrDefault(d.toString(), new TrafficCounters()))));
      }
    }
    List<TrafficReport.Row> byQueue = rows(group(in, s -> s.queue() == null ? "（无队列）" : s.queue()));
    Map<String, TrafficCounters> agents = new TreeMap<>();
    rollup.agents().stream()
        .filter(a -> period.contains(a.day()))
        .forEach(
            a -> agents.computeIfAbsent(a.agent(), k -> new TrafficCounters()).merge(a.counters()));
    List<TrafficReport.Row> byAgent = rows(agents);
    List<ContractCheck> checks = new ArrayList<>(contract(period, totals));
    checks.addAll(moreChecks);
    Map<SetAside, Long> setAside = new EnumMap<>(SetAside.class);
    rollup.setAside().stream()
        .filter(d -> period.contains(d.day()))
        .forEach(d -> setAside.merge(d.kind(), d.calls(), Long::sum));
    Map<ServiceBranch, Long> branches = new EnumMap<>(ServiceBranch.class);
    rollup.branches().stream()
        .filter(d -> period.contains(d.day()))
        .forEach(d -> branches.merge(d.branch(), d.calls(), Long::sum));
    return new TrafficReport(
        period, settings, totals, byHour, byDay, byQueue, byAgent, checks, setAside, callbacks,
        List.of(), branches);
  }

  private TrafficKpis kpis(TrafficCounters c) {
    return new TrafficKpis(c, settings.shortAbandonSeconds());
  }

  private static Map<String, TrafficCounters> group(
      List<TrafficSlice> slices, Function<TrafficSlice, String> key) {
    Map<String, TrafficCounters> out = new TreeMap<>();
    for (TrafficSlice s : slices) {
      out.computeIfAbsent(key.apply(s), k -> new TrafficCounters()).merge(s.counters());
    }
    return out;
  }

  private List<TrafficReport.Row> rows(Map<String, TrafficCounters> groups) {
    List<TrafficReport.Row> out = new ArrayList<>();
    groups.forEach((k, v) -> out.add(new TrafficReport.Row(k, kpis(v))));
    return out;
  }

  private List<ContractCheck> contract(Period period, TrafficKpis k) {
    ReportSettings.ContractTargets t = settings.targets();
    List<ContractCheck> checks = new ArrayList<>();
    boolean monthly = period.kind() == PeriodKind.MONTH;
    Ratio abandon = k.abandonRate();
    boolean applies =
        abandon.value() != null && (!monthly || k.offered() <= t.abandonRateAppliesUpTo());
    checks.add(
        new ContractCheck(
            monthly ? "月度呼损率" : "呼损率",
            "≤ " + pct(t.maxAbandonRate()),
            abandon.percent(),
            applies ? abandon.value() <= t.maxAbandonRate() : null,
            monthly && k.offered() > t.abandonRateAppliesUpTo()
                ? "当月呼入量超过 " + t.abandonRateAppliesUpTo() + " 个，本项不考核"
                : monthly ? "" : "考核口径为月度，此处仅供参考"));
    Ratio answer = k.answerRate();
    checks.add(
        new ContractCheck(
            "接通率",
            "≥ " + pct(t.minAnswerRate()),
            answer.percent(),
            answer.value() == null ? null : answer.value() >= t.minAnswerRate(),
            ""));
    Ratio sl = k.serviceLevel(t.serviceLevelSeconds());
    checks.add(
        new ContractCheck(
            t.serviceLevelSeconds() + " 秒接通率",
            "≥ " + pct(t.minServiceLevel()),
            sl.percent(),
            sl.value() == null ? null : sl.value() >= t.minServiceLevel(),
            "GB/T 33358-2016"));
    return checks;
  }

  private static String pct(double v) {
    return new Ratio(Math.round(v * 1000), 1000).percent();
  }
}
