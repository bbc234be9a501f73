package gov.hotline.reporting.service;

import gov.hotline.core.category.Category;
import gov.hotline.core.ticket.AppealType;
import gov.hotline.core.ticket.Channel;
import gov.hotline.reporting.domain.AgentComplaintRate;
import gov.hotline.reporting.domain.ContractCheck;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.Ratio;
import gov.hotline.reporting.domain.ReportSettings.ContractTargets;
import gov.hotline.reporting.domain.TicketCounters;
import gov.hotline.reporting.domain.TicketKpis;
import gov.hotline.reporting.domain.TicketReport;
import gov.hotline.reporting.domain.TicketSlice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds ticket reports from rollup slices; every figure comes from {@link TicketKpis}. Also gives
 * the traffic report the two service lines of its contract panel (座席被投诉率, 满意率). 座席被投诉率 comes from
 * the traffic rollups ({@link AgentComplaintRate}: reviewed complaints tied to calls), not from
 * ticket categories.
 */
public final class TicketReports {
  private final ContractTargets targets;

  public TicketReports(ContractTargets targets) {
    this.targets = targets;
  }

  /** {@code complaints}: the period's answered calls and those with an upheld complaint. */
  public TicketReport build(
      Period period,
      List<TicketSlice> slices,
      AgentComplaintRate complaints,
      List<Category> categories) {
    List<TicketSlice> in =
        slices.stream()
            .filter(s -> !s.day().isBefore(period.first()) && !s.day().isAfter(period.last()))
            .toList();
    Map<String, Category> byId = new HashMap<>();
    categories.forEach(c -> byId.put(c.id().value(), c));
    TicketCounters total = sum(in, s -> "").getOrDefault("", TicketCounters.ZERO);
    Map<String, TicketCounters> channels = sum(in, s -> s.channel().name());
    List<TicketReport.Row> byChannel = new ArrayList<>();
    for (Channel c :
        Channel.values()) { // every channel is listed, with zeros where nothing came in
      byChannel.add(row(c.name(), c.label(), channels));
    }
    Map<String, TicketCounters> types = sum(in, s -> s.appealType().name());
    List<TicketReport.Row> byType = new ArrayList<>();
    for (AppealType t : AppealType.values()) {
      byType.add(row(t.name(), t.label(), types));
    }
    Map<String, TicketCounters> groups = sum(in, s -> groupOf(byId, s.categoryId()));
    List<TicketReport.Row> byGroup = new ArrayList<>();
    groups.forEach(
        (id, c) -> byGroup.add(new TicketReport.Row(id, name(byId, id), new TicketKpis(c))));
    Map<String, TicketCounters> leaves = sum(in, TicketSlice::categoryId);
    List<TicketReport.Row> byCategory = new ArrayList<>();
    leaves.forEach(
        (id, c) -> byCategory.add(new TicketReport.Row(id, path(byId, id), new TicketKpis(c))));
    List<TicketReport.Row> byDay = new ArrayList<>();
    if (period.kind() != PeriodKind.DAY) {
      Map<String, TicketCounters> days = sum(in, s -> s.day().toString());
      for (var d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
        byDay.add(row(d.toString(), d.toString(), days));
      }
    }
    TicketKpis totals = new TicketKpis(total);
    return new TicketReport(
        period,
        totals,
        byChannel,
        byType,
        byGroup,
        byCategory,
        byDay,
        complaints.complainedCalls(),
        complaints.answeredCalls(),
        serviceChecks(complaints, totals));
  }

  /** The ticket KPIs of the period's slices, summed. */
  public TicketKpis totals(Period period, List<TicketSlice> slices) {
    return new TicketKpis(
        sum(
                slices.stream()
                    .filter(
                        s -> !s.day().isBefore(period.first()) && !s.day().isAfter(period.last()))
                    .toList(),
                s -> "")
            .getOrDefault("", TicketCounters.ZERO));
  }

  /** The contract panel's service lines for a period whose slices and answered calls are known. */
  public List<ContractCheck> serviceChecks(
      Period period, List<TicketSlice> slices, AgentComplaintRate complaints) {
    List<TicketSlice> in =
        slices.stream()
            .filter(s -> !s.day().isBefore(period.first()) && !s.day().isAfter(period.last()))
            .toList();
    TicketCounters total = sum(in, s -> "").getOrDefault("", TicketCounters.ZERO);
    return serviceChecks(complaints, new TicketKpis(total));
  }

  private List<ContractCheck> serviceChecks(AgentComplaintRate complaints, TicketKpis totals) {
    Ratio complaintRate = complaints.rate();
    Ratio satisfaction = totals.satisfactionRate();
    return List.of(
        new ContractCheck(
            "座席被投诉率",
            "≤ " + pct(targets.maxAgentComplaintRate()),
            complaintRate.percent(),
            complaintRate.value() == null
                ? null
                : complaintRate.value() <= targets.maxAgentComplaintRate(),
            complaints.explained() + "（经审核成立的座席投诉，按被投诉通话计）"),
        new ContractCheck(
            "满意率",
            "≥ " + pct(targets.minSatisfaction()),
            satisfaction.percent(),
            satisfaction.value() == null ? null : satisfaction.value() >= targets.minSatisfaction(),
            "回访（满意 + 基本满意）÷ 有答复的回访 "
                + totals.answered()
                + " 次（回访 "
                + totals.callbacks()
                + " 次，答复率 "
                + new Ratio(totals.answered(), totals.callbacks()).percent()
                + "）；话后评价另列为服务满意度"));
  }

  private static TicketReport.Row row(String code, String label, Map<String, TicketCounters> sums) {
    return new TicketReport.Row(
        code, label, new TicketKpis(sums.getOrDefault(code, TicketCounters.ZERO)));
  }

  private static Map<String, TicketCounters> sum(
      List<TicketSlice> slices, Function<TicketSlice, String> key) {
    Map<String, TicketCounters> out = new TreeMap<>();
    slices.forEach(s -> out.merge(key.apply(s), s.counters(), TicketCounters::plus));
    return out;
  }

  private static String groupOf(Map<String, Category> byId, String categoryId) {
    Category c = byId.get(categoryId);
    return c != null && c.parentId() != null ? c.parentId().value() : categoryId;
  }

  private static String name(Map<String, Category> byId, String id) {
    Category c = byId.get(id);
    return c == null ? id : c.name();
  }

  /** 城乡建设/违法建设. */
  private static String path(Map<String, Category> byId, String id) {
    Category c = byId.get(id);
    if (c == null) {
      return id;
    }
    return c.parentId() == null ? c.name() : name(byId, c.parentId().value()) + "/" + c.name();
  }

  static String pct(double v) {
    return new Ratio(Math.round(v * 1000), 1000).percent();
  }
}
