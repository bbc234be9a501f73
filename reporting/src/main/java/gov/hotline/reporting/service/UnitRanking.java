package gov.hotline.reporting.service;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.ReportAccess;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.port.UnitStatistics;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The ranking of handling units by the composite of the three rates (三率排名) for a period.
 *
 * <p>Rules, also printed in the report's note: units are ordered by their composite score as shown
 * (one decimal); equal scores are broken, in this order, by more rates measured (a score over three
 * rates before one over a single rate), then by more tickets assessed (dispatches + callbacks),
 * then by fewer tickets overdue now; units still equal share the rank (and are listed by name). A
 * unit without a score (none of the three rates has a denominator in the period) is listed after
 * the ranking with no rank (「不参与排名」).
 */
public final class UnitRanking {
  /** The order of the ranking; see the class comment. */
  static final Comparator<Row> ORDER =
      Comparator.comparing(Row::shownScore, Comparator.reverseOrder())
          .thenComparing(r -> r.rates().measuredRates(), Comparator.reverseOrder())
          .thenComparing(Row::assessed, Comparator.reverseOrder())
          .thenComparing(Row::overdueNow);

  private final UnitStatistics statistics;
  private final Clock clock;
  private final UnitRates.Weights weights;

  public UnitRanking(UnitStatistics statistics, Clock clock, UnitRates.Weights weights) {
    this.statistics = statistics;
    this.clock = clock;
    this.weights = weights;
  }

  /**
   * One unit of the ranking. {@code rank} 1 is best; units equal under every rule share a rank;
   * {@code rank} and {@code score} are null for a unit without a score.
   */
  public record Row(
      Integer rank,
      UnitId unitId,
      String unitName,
      UnitCounters counters,
      UnitRates rates,
      Double score,
      long overdueNow) {
    /** The score as shown: one decimal, which is the precision ties are judged at. */
    double shownScore() {
      return Math.round(score * 10) / 10.0;
    }

    long assessed() {
      return counters.dispatched() + counters.callbacks();
    }

    public boolean ranked() {
      return rank != null;
    }
  }

  /**
   * The ranking as {@code actor} may read it: refused for roles that may not; a unit handler gets
   * the rows of its own subtree, each with its place in the whole ranking.
   */
  public List<Row> rank(Actor actor, Period period, OrgTree org) {
    ReportAccess.require(actor, ReportAccess.Use.UNITS);
    Set<UnitId> scope = ReportAccess.unitScope(actor, org);
    return rank(period, org).stream().filter(r -> ReportAccess.sees(scope, r.unitId())).toList();
  }

  public List<Row> rank(Period period, OrgTree org) {
    statistics.catchUp();
    Map<UnitId, UnitCounters> counters = statistics.counters(period);
    Map<UnitId, Long> overdue = statistics.overdueNow(clock.instant());
    Set<UnitId> units = new HashSet<>(counters.keySet());
    units.addAll(overdue.keySet());
    List<Row> scored = new ArrayList<>();
    List<Row> unscored = new ArrayList<>();
    for (UnitId id : units) {
      UnitCounters c = counters.getOrDefault(id, UnitCounters.ZERO);
      UnitRates r = new UnitRates(c);
      String name = org.find(id).map(OrgUnit::name).orElse(id.value());
      OptionalDouble score = r.compositeScore(weights);
      Row row =
          new Row(
              null,
              id,
              name,
              c,
              r,
              score.isPresent() ? score.getAsDouble() : null,
              overdue.getOrDefault(id, 0L));
      (score.isPresent() ? scored : unscored).add(row);
    }
    Comparator<Row> byName =
        Comparator.comparing(Row::unitName).thenComparing(r -> r.unitId().value());
    scored.sort(ORDER.thenComparing(byName));
    unscored.sort(byName);
    List<Row> ranked = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Row r = scored.get(i);
      int rank =
          i > 0 && ORDER.compare(scored.get(i - 1), r) == 0 ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(
          new Row(
              rank, r.unitId(), r.unitName(), r.counters(), r.rates(), r.score(), r.overdueNow()));
    }
    ranked.addAll(unscored);
    return ranked;
  }

  public UnitRates.Weights weights() {
    return weights;
  }
}
