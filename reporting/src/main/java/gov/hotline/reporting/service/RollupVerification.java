package gov.hotline.reporting.service;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.core.error.DomainException;
import gov.hotline.core.id.UnitId;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.AgentDay;
import gov.hotline.reporting.domain.AgentWork;
import gov.hotline.reporting.domain.BranchDay;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportAccess;
import gov.hotline.reporting.domain.SetAside;
import gov.hotline.reporting.domain.SetAsideDay;
import gov.hotline.reporting.domain.TicketCounters;
import gov.hotline.reporting.domain.TicketSlice;
import gov.hotline.reporting.domain.TrafficCounters;
import gov.hotline.reporting.domain.TrafficRollup;
import gov.hotline.reporting.domain.TrafficSlice;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.port.AgentStatistics;
import gov.hotline.reporting.port.TicketStatistics;
import gov.hotline.reporting.port.TrafficStatistics;
import gov.hotline.reporting.port.UnitStatistics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Proves the rollups right: folds what is pending, then compares each report's stored rollups for a
 * period with the same figures recomputed from the raw calls and ticket history — totals side by
 * side, and every slice (hour × queue, day × agent, unit, day × channel × type × category) that
 * differs. Used by the verify endpoints and by {@code ./hotline report-verify}.
 */
public final class RollupVerification {
  private final TrafficStatistics traffic;
  private final UnitStatistics units;
  private final TicketStatistics tickets;
  private final AgentStatistics agents;

  public RollupVerification(
      TrafficStatistics traffic, UnitStatistics units, TicketStatistics tickets) {
    this(traffic, units, tickets, null);
  }

  /**
   * With {@code agents}, the traffic check also compares the calls answered by person (座席工作量) with
   * the answered calls recomputed from the raw calls.
   */
  public RollupVerification(
      TrafficStatistics traffic,
      UnitStatistics units,
      TicketStatistics tickets,
      AgentStatistics agents) {
    this.traffic = traffic;
    this.units = units;
    this.tickets = tickets;
    this.agents = agents;
  }

  /** One figure as the rollup has it and as the recomputation has it. */
  public record Figure(String name, String rollup, String recomputed) {
    public boolean same() {
      return Objects.equals(rollup, recomputed);
    }
  }

  /**
   * The comparison of one report: totals side by side, the differing slices, and how many slices
   * were compared.
   */
  public record Result(
      String report, String label, List<Figure> totals, List<Figure> differences, int compared) {
    public boolean consistent() {
      return differences.isEmpty() && totals.stream().allMatch(Figure::same);
    }
  }

  /**
   * One report's verification ({@code TRAFFIC}, {@code UNITS} or {@code TICKETS}) as {@code actor}
   * may ask for it.
   */
  public Result verify(Actor actor, String report, Period period) {
    ReportAccess.require(actor, ReportAccess.Use.VERIFY);
    return switch (report) {
      case "TRAFFIC" -> traffic(period);
      case "UNITS" -> units(period);
      case "TICKETS" -> tickets(period);
      default ->
          throw DomainException.invalid(
              "UNKNOWN_REPORT", "不支持的报表：" + report + "（可选：TRAFFIC、UNITS、TICKETS）");
    };
  }

  public List<Result> all(Period period) {
    return List.of(traffic(period), units(period), tickets(period));
  }

  public Result traffic(Period period) {
    traffic.catchUp();
    TrafficRollup stored = traffic.slices(period);
    TrafficRollup recomputed = traffic.recompute(period);
    Map<String, TrafficCounters> rolled = trafficByKey(stored);
    Map<String, TrafficCounters> raw = trafficByKey(recomputed);
    TrafficCounters a = new TrafficCounters();
    stored
        .hours()
        .forEach(h -> a.merge(h.counters())); // agent days count the answered calls a second time
    TrafficCounters b = new TrafficCounters();
    recomputed.hours().forEach(h -> b.merge(h.counters()));
    List<Figure> totals =
        new ArrayList<>(
            List.of(
                figure("呼入总数", a.offered(), b.offered()),
                figure("接听数", a.answered(), b.answered()),
                figure("放弃数", a.offered() - a.answered(), b.offered() - b.answered()),
                figure("非工作时间来电", a.afterHours(), b.afterHours()),
                figure("应答等待合计（毫秒）", a.sumAnsweredWaitMillis(), b.sumAnsweredWaitMillis()),
                figure("通话合计（毫秒）", a.sumTalkMillis(), b.sumTalkMillis()),
                figure("保持合计（毫秒）", a.sumHoldMillis(), b.sumHoldMillis()),
                figure("话后整理合计（毫秒）", a.sumWrapUpMillis(), b.sumWrapUpMillis()),
                figure("最长等待（毫秒）", a.maxWaitMillis(), b.maxWaitMillis()),
                figure("话后评价：满意", a.survey()[0], b.survey()[0]),
                figure("话后评价：基本满意", a.survey()[1], b.survey()[1]),
                figure("话后评价：不满意", a.survey()[2], b.survey()[2]),
                figure("成立投诉的接听通话", a.complained(), b.complained())));
    Map<String, Long> asideRolled = setAsideByKey(stored);
    Map<String, Long> asideRaw = setAsideByKey(recomputed);
    for (SetAside k : SetAside.values()) {
      totals.add(
          figure("未计入呼入：" + k.label(), sumOf(asideRolled, k.name()), sumOf(asideRaw, k.name())));
    }
    Map<String, Long> branchRolled = branchByKey(stored);
    Map<String, Long> branchRaw = branchByKey(recomputed);
    for (ServiceBranch k : ServiceBranch.values()) {
      totals.add(
          figure("服务时间分流：" + k.label(), sumOf(branchRolled, k.name()), sumOf(branchRaw, k.name())));
    }
    if (agents != null) {
      List<AgentWork> people = agents.work(period);
      long byPerson = people.stream().mapToLong(AgentWork::answered).sum();
      totals.add(figure("接听数（按人员合计 / 原始通话）", byPerson, b.answered()));
      long complainedByPerson = people.stream().mapToLong(AgentWork::complained).sum();
      totals.add(figure("成立投诉（按人员合计 / 原始通话）", complainedByPerson, b.complained()));
    }
    List<Figure> differences = differences(rolled, raw, RollupVerification::fingerprint);
    differences.addAll(differences(asideRolled, asideRaw, String::valueOf));
    differences.addAll(differences(branchRolled, branchRaw, String::valueOf));
    return new Result(
        "TRAFFIC",
        "话务报表",
        totals,
        differences,
        keys(rolled, raw) + keys(asideRolled, asideRaw) + keys(branchRolled, branchRaw));
  }

  public Result units(Period period) {
    units.catchUp();
    Map<String, UnitCounters> rolled = new TreeMap<>();
    units.counters(period).forEach((u, c) -> rolled.put(u.value(), c));
    Map<String, UnitCounters> raw = new TreeMap<>();
    units.recompute(period).forEach((UnitId u, UnitCounters c) -> raw.put(u.value(), c));
    UnitCounters a = rolled.values().stream().reduce(UnitCounters.ZERO, UnitCounters::plus);
    UnitCounters b = raw.values().stream().reduce(UnitCounters.ZERO, UnitCounters::plus);
    List<Figure> totals =
        List.of(
            figure("派单数", a.dispatched(), b.dispatched()),
            figure("签收", a.signed(), b.signed()),
            figure("按时签收", a.signedOnTime(), b.signedOnTime()),
            figure("反馈", a.replied(), b.replied()),
            figure("按时反馈", a.repliedOnTime(), b.repliedOnTime()),
            figure("回访", a.callbacks(), b.callbacks()),
            figure("已解决", a.resolved(), b.resolved()),
            figure(
                "满意 + 基本满意",
                a.satisfied() + a.basicallySatisfied(),
                b.satisfied() + b.basicallySatisfied()),
            figure("退单", a.returns(), b.returns()),
            figure("延期", a.extensions(), b.extensions()));
    return new Result(
        "UNITS",
        "承办单位三率",
        totals,
        differences(rolled, raw, UnitCounters::toString),
        keys(rolled, raw));
  }

  public Result tickets(Period period) {
    tickets.catchUp();
    Map<String, TicketCounters> rolled =
        byKey(tickets.slices(period), TicketSlice::key, TicketSlice::counters);
    Map<String, TicketCounters> raw =
        byKey(tickets.recompute(period), TicketSlice::key, TicketSlice::counters);
    TicketCounters a = rolled.values().stream().reduce(TicketCounters.ZERO, TicketCounters::plus);
    TicketCounters b = raw.values().stream().reduce(TicketCounters.ZERO, TicketCounters::plus);
    List<Figure> totals =
        List.of(
            figure("工单量", a.created(), b.created()),
            figure("直接办结", a.directClosed(), b.directClosed()),
            figure("需回访（反馈）", a.replied(), b.replied()),
            figure("已回访", a.calledBack(), b.calledBack()),
            figure("回访次数", a.callbacks(), b.callbacks()),
            figure("已解决", a.resolved(), b.resolved()),
            figure("满意", a.satisfied(), b.satisfied()),
            figure("基本满意", a.basicallySatisfied(), b.basicallySatisfied()),
            figure("不满意", a.dissatisfied(), b.dissatisfied()));
    return new Result(
        "TICKETS",
        "工单报表",
        totals,
        differences(rolled, raw, TicketCounters::toString),
        keys(rolled, raw));
  }

  /** Hour slices as "day hh queue", agent days as "day 座席 agent". */
  private static Map<String, TrafficCounters> trafficByKey(TrafficRollup r) {
    Map<String, TrafficCounters> out =
        byKey(
            r.hours(),
            s -> s.day() + " " + String.format("%02d", s.hour()) + " " + s.queue(),
            TrafficSlice::counters);
    out.putAll(byKey(r.agents(), a -> a.day() + " 座席 " + a.agent(), AgentDay::counters));
    return out;
  }

  /** Branch days as "day 分流 BRANCH". */
  private static Map<String, Long> branchByKey(TrafficRollup r) {
    return byKey(r.branches(), d -> d.day() + " 分流 " + d.branch().name(), BranchDay::calls);
  }

  /** Set-aside days as "day 未计入 KIND". */
  private static Map<String, Long> setAsideByKey(TrafficRollup r) {
    return byKey(r.setAside(), d -> d.day() + " 未计入 " + d.kind().name(), SetAsideDay::calls);
  }

  private static long sumOf(Map<String, Long> byKey, String kind) {
    return byKey.entrySet().stream()
        .filter(e -> e.getKey().endsWith(" " + kind))
        .mapToLong(Map.Entry::getValue)
        .sum();
  }

  /** The fields the traffic report reads, histograms included. */
  private static String fingerprint(TrafficCounters c) {
    return c.offered()
        + "/"
        + c.answered()
        + "/"
        + c.afterHours()
        + "/"
        + c.sumAnsweredWaitMillis()
        + "/"
        + c.sumTalkMillis()
        + "/"
        + c.sumHoldMillis()
        + "/"
        + c.sumWrapUpMillis()
        + "/"
        + c.maxWaitMillis()
        + " 评价 "
        + Arrays.toString(c.survey())
        + " 投诉 "
        + c.complained()
        + " "
        + Arrays.toString(c.answeredWaits().trimmed())
        + " "
        + Arrays.toString(c.abandonedWaits().trimmed());
  }

  private static <S, C> Map<String, C> byKey(
      List<S> slices, Function<S, String> key, Function<S, C> counters) {
    Map<String, C> out = new TreeMap<>();
    for (S s : slices) {
      if (out.put(key.apply(s), counters.apply(s)) != null) {
        throw new IllegalStateException("two slices with the key " + key.apply(s));
      }
    }
    return out;
  }

  private static <C> List<Figure> differences(
      Map<String, C> rolled, Map<String, C> raw, Function<C, String> text) {
    List<Figure> out = new ArrayList<>();
    for (String k : new TreeSet<>(union(rolled, raw))) {
      String a = rolled.containsKey(k) ? text.apply(rolled.get(k)) : "（无）";
      String b = raw.containsKey(k) ? text.apply(raw.get(k)) : "（无）";
      if (!a.equals(b)) {
        out.add(new Figure(k, a, b));
      }
    }
    return out;
  }

  private static int keys(Map<String, ?> rolled, Map<String, ?> raw) {
    return union(rolled, raw).size();
  }

  private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  private static Figure figure(String name, long rollup, long recomputed) {
    return new Figure(name, Long.toString(rollup), Long.toString(recomputed));
  }
}
