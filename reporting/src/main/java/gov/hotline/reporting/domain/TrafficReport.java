package gov.hotline.reporting.domain;

import gov.hotline.core.calendar.ServiceBranch;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A traffic report (话务报表) for one period: totals, breakdowns by hour of day, by day (weeks and
 * months), by queue and by agent, the contract panel, and how many calls it set aside per class
 * because they were no citizen's calls ({@link SetAside}: every class listed, zeros included), and
 * the two satisfaction lines: the post-call survey's 服务满意度 (from the totals, {@link
 * TrafficKpis#serviceSatisfaction()}) and the callbacks' 满意率 ({@code callbacks}, null when the
 * report was built without the ticket side), and each person's work ({@code byPerson}: 签入、示忙、
 * 占用率、每小时接听量 and AHT with its parts; empty when not read), and how many citizens' calls took each
 * service-hours branch ({@code branches}: every branch listed, zeros included; calls the dialplan
 * did not ask about are in none).
 */
public record TrafficReport(
    Period period,
    ReportSettings settings,
    TrafficKpis totals,
    List<Row> byHour,
    List<Row> byDay,
    List<Row> byQueue,
    List<Row> byAgent,
    List<ContractCheck> contract,
    Map<SetAside, Long> setAside,
    CallbackSatisfaction callbacks,
    List<AgentWork> byPerson,
    Map<ServiceBranch, Long> branches) {

  public TrafficReport {
    Map<SetAside, Long> all = new EnumMap<>(SetAside.class);
    for (SetAside k : SetAside.values()) {
      all.put(k, setAside.getOrDefault(k, 0L));
    }
    setAside = Collections.unmodifiableMap(all);
    byPerson = List.copyOf(byPerson);
    Map<ServiceBranch, Long> each = new EnumMap<>(ServiceBranch.class);
    for (ServiceBranch b : ServiceBranch.values()) {
      each.put(b, branches.getOrDefault(b, 0L));
    }
    branches = Collections.unmodifiableMap(each);
  }

  /** The same report with the agent figures by person (座席工作量). */
  public TrafficReport withPeople(List<AgentWork> people) {
    return new TrafficReport(
        period, settings, totals, byHour, byDay, byQueue, byAgent, contract, setAside, callbacks,
        people, branches);
  }

  /** How many calls were set aside in all. */
  public long setAsideTotal() {
    return setAside.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * One row of a breakdown: its label (e.g. "09:00", "2026-11-21", a queue, an agent) and its KPIs.
   */
  public record Row(String label, TrafficKpis kpis) {}
}
