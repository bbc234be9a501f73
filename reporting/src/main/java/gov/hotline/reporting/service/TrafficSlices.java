package gov.hotline.reporting.service;

import gov.hotline.core.calendar.ServiceBranch;
import gov.hotline.reporting.domain.AgentDay;
import gov.hotline.reporting.domain.BranchDay;
import gov.hotline.reporting.domain.CallFact;
import gov.hotline.reporting.domain.SetAside;
import gov.hotline.reporting.domain.SetAsideDay;
import gov.hotline.reporting.domain.TrafficCounters;
import gov.hotline.reporting.domain.TrafficRollup;
import gov.hotline.reporting.domain.TrafficSlice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups calls into hourly queue slices and daily agent counters by the local time they entered the
 * queue — the same grouping the rollups keep, so a recomputation from raw calls must give the same
 * rollup.
 */
public final class TrafficSlices {
  private TrafficSlices() {}

  private record HourKey(LocalDateTime hour, String queue) {}

  private record AgentKey(LocalDate day, String agent) {}

  private record SetAsideKey(LocalDate day, SetAside kind) {}

  private record BranchKey(LocalDate day, ServiceBranch branch) {}

  /**
   * Offered and after-hours calls are sliced by {@link CallFact#countedAt()}; set-aside calls are
   * counted per local day and class; a citizen's call with a service-hours branch is counted per
   * local day and branch as well; other calls are not counted.
   */
  public static TrafficRollup of(List<CallFact> calls, ZoneId zone) {
    Accumulator a = new Accumulator(zone);
    calls.forEach(a::add);
    return a.rollup();
  }

  /**
   * Builds a rollup call by call, so that a month of calls can be streamed through it instead of
   * held in memory.
   */
  public static final class Accumulator {
    private final ZoneId zone;
    private final Map<HourKey, TrafficCounters> hours = new LinkedHashMap<>();
    private final Map<AgentKey, TrafficCounters> agents = new LinkedHashMap<>();
    private final Map<SetAsideKey, Long> setAside = new LinkedHashMap<>();
    private final Map<BranchKey, Long> branches = new LinkedHashMap<>();

    public Accumulator(ZoneId zone) {
      this.zone = zone;
    }

    public void add(CallFact c) {
      if (c.countedAt() == null) {
        return;
      }
      if (c.setAside() != null) {
        setAside.merge(
            new SetAsideKey(LocalDate.ofInstant(c.countedAt(), zone), c.setAside()), 1L, Long::sum);
        return;
      }
      if (c.branch() != null) {
        branches.merge(
            new BranchKey(LocalDate.ofInstant(c.countedAt(), zone), c.branch()), 1L, Long::sum);
      }
      if (!c.offered() && !c.countsAfterHours()) {
        return;
      }
      LocalDateTime hour =
          LocalDateTime.ofInstant(c.countedAt(), zone).withMinute(0).withSecond(0).withNano(0);
      hours
          .computeIfAbsent(
              new HourKey(hour, Objects.requireNonNullElse(c.queue(), "")),
              k -> new TrafficCounters())
          .add(c);
      if (c.answered() && c.agent() != null) {
        agents
            .computeIfAbsent(
                new AgentKey(hour.toLocalDate(), c.agent()), k -> new TrafficCounters())
            .add(c);
      }
    }

    public TrafficRollup rollup() {
      List<TrafficSlice> hourSlices = new ArrayList<>();
      hours.forEach(
          (k, v) ->
              hourSlices.add(
                  new TrafficSlice(
                      k.hour().toLocalDate(),
                      k.hour().getHour(),
                      k.queue().isEmpty() ? null : k.queue(),
                      v)));
      List<AgentDay> agentDays = new ArrayList<>();
      agents.forEach((k, v) -> agentDays.add(new AgentDay(k.day(), k.agent(), v)));
      List<SetAsideDay> setAsideDays = new ArrayList<>();
      setAside.forEach((k, v) -> setAsideDays.add(new SetAsideDay(k.day(), k.kind(), v)));
      List<BranchDay> branchDays = new ArrayList<>();
      branches.forEach((k, v) -> branchDays.add(new BranchDay(k.day(), k.branch(), v)));
      return new TrafficRollup(hourSlices, agentDays, setAsideDays, branchDays);
    }
  }
}
