package gov.hotline.reporting.service;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.port.UnitStatistics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The ranking of handling units by the composite of the three rates (三率排名) for a period. */
public final class UnitRanking {
  private final UnitStatistics statistics;
  private final Clock clock;
  private final UnitRates.Weights weights;

  public UnitRanking(UnitStatistics statistics, Clock clock, UnitRates.Weights weights) {
    this.statistics = statistics;
    this.clock = clock;
    this.weights = weights;
  }

  /** One ranked unit. {@code rank} 1 is best; units with equal scores share a rank. */
  public record Row(int rank, UnitId unitId, String unitName, UnitCounters counters, UnitRates rates, double score,
                    long overdueNow) {
  }

  public List<Row> rank(Period period, OrgTree org) {
    statistics.catchUp();
    Map<UnitId, UnitCounters> counters = statistics.counters(period);
    Map<UnitId, Long> overdue = statistics.overdueNow(clock.instant());
    Set<UnitId> units = new HashSet<>(counters.keySet());
    units.addAll(overdue.keySet());
    List<Row> rows = new ArrayList<>();
    for (UnitId id : units) {
      UnitCounters c = counters.getOrDefault(id, UnitCounters.ZERO);
      UnitRates r = new UnitRates(c);
      String name = org.find(id).map(OrgUnit::name).orElse(id.value());
      rows.add(new Row(0, id, name, c, r, r.compositeScore(weights), overdue.getOrDefault(id, 0L)));
    }
    rows.sort(Comparator.comparingDouble(Row::score).reversed().thenComparing(r -> r.unitId().value()));
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      int rank = i > 0 && ranked.get(i - 1).score() == r.score() ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new Row(rank, r.unitId(), r.unitName(), r.counters(), r.rates(), r.score(), r.overdueNow()));
    }
    return ranked;
  }

  public UnitRates.Weights weights() {
    return weights;
  }
}
