package gov.hotline.reporting.domain;

import java.util.List;

/**
 * The stored shape of call traffic for a period: hourly slices per queue (every offered and
 * after-hours call, once), daily counters per answering agent (every answered call, once more) and
 * daily counts of the calls set aside per class (no citizen's call: counted there only). Reports
 * take totals, hours, days and queues from the slices, the agent breakdown from the agent days and
 * the 未计入呼入 line from the set-aside days, and the 服务时间分流 line from the branch days (each citizen's
 * call the service-hours script decided, by branch).
 */
public record TrafficRollup(
    List<TrafficSlice> hours,
    List<AgentDay> agents,
    List<SetAsideDay> setAside,
    List<BranchDay> branches) {
  public static final TrafficRollup EMPTY =
      new TrafficRollup(List.of(), List.of(), List.of(), List.of());

  public TrafficRollup {
    hours = List.copyOf(hours);
    agents = List.copyOf(agents);
    setAside = List.copyOf(setAside);
    branches = List.copyOf(branches);
  }

  /** A rollup without service-hours decisions. */
  public TrafficRollup(
      List<TrafficSlice> hours, List<AgentDay> agents, List<SetAsideDay> setAside) {
    this(hours, agents, setAside, List.of());
  }

  /** A rollup without set-aside calls. */
  public TrafficRollup(List<TrafficSlice> hours, List<AgentDay> agents) {
    this(hours, agents, List.of());
  }
}
