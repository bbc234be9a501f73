package gov.hotline.reporting.service;

import gov.hotline.core.id.UnitId;
import gov.hotline.core.org.OrgTree;
import gov.hotline.core.org.OrgUnit;
import gov.hotline.core.port.ReferenceData;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportAccess;
import gov.hotline.reporting.domain.UnitCounters;
import gov.hotline.reporting.domain.UnitRates;
import gov.hotline.reporting.port.UnitStatistics;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 单位报表: one handling unit's ticket figures in a period — what the ranking shows of it (派单、签收、回复、 回访
 * and the three rates, returns, extensions, tickets overdue now, its score and place), the same
 * counters day by day (month by month for periods longer than {@value #DAILY_UP_TO} days), and the
 * units below it with their total. Every figure is read through the same rollups as the ranking, so
 * the unit's row here equals its row there.
 */
public final class UnitReports {
  /** Periods up to this many days are broken down by day; longer ones by calendar month. */
  public static final int DAILY_UP_TO = 31;

  private final UnitRanking ranking;
  private final UnitStatistics statistics;
  private final ReferenceData reference;

  public UnitReports(UnitRanking ranking, UnitStatistics statistics, ReferenceData reference) {
    this.ranking = ranking;
    this.statistics = statistics;
    this.reference = reference;
  }

  /** One slot of the breakdown over time: a day or a (possibly clipped) month. */
  public record Slot(String label, LocalDate first, LocalDate last, UnitCounters counters) {
    public UnitRates rates() {
      return new UnitRates(counters);
    }
  }

  /**
   * The report of one unit. {@code own} is the unit's row of the whole ranking ({@code rankedUnits}
   * units ranked); {@code subUnits} the rows of the units below it, {@code subtreeTotal} the unit's
   * counters with theirs and {@code subtreeOverdue} their tickets overdue now.
   */
  public record Report(
      Period period,
      UnitRanking.Row own,
      long rankedUnits,
      boolean daily,
      List<Slot> slots,
      List<UnitRanking.Row> subUnits,
      UnitCounters subtreeTotal,
      long subtreeOverdue) {}

  /** The report of {@code unit} as {@code actor} may read it (403/404 by {@link ReportAccess}). */
  public Report report(Actor actor, UnitId unit, Period period) {
    OrgTree org = reference.orgTree();
    OrgUnit u = ReportAccess.requireUnitReport(actor, org, unit);
    List<UnitRanking.Row> all = ranking.rank(period, org); // catches the rollup up first
    UnitRanking.Row own =
        all.stream().filter(r -> r.unitId().equals(unit)).findFirst().orElseGet(() -> empty(u));
    Set<UnitId> below = org.subtree(unit);
    below.remove(unit);
    List<UnitRanking.Row> subUnits = new ArrayList<>();
    for (UnitRanking.Row r : all) { // in the ranking's order
      if (below.remove(r.unitId())) {
        subUnits.add(r);
      }
    }
    for (UnitId id : below) { // units below without any figure, listed so that none is missing
      org.find(id).filter(OrgUnit::active).ifPresent(b -> subUnits.add(empty(b)));
    }
    UnitCounters total = own.counters();
    long overdue = own.overdueNow();
    for (UnitRanking.Row r : subUnits) {
      total = total.plus(r.counters());
      overdue += r.overdueNow();
    }
    boolean daily = period.days() <= DAILY_UP_TO;
    List<Slot> slots = new ArrayList<>();
    for (Period p : daily ? days(period) : months(period)) {
      UnitCounters c = statistics.counters(p).getOrDefault(unit, UnitCounters.ZERO);
      slots.add(new Slot(label(p, daily), p.first(), p.last(), c));
    }
    long ranked = all.stream().filter(UnitRanking.Row::ranked).count();
    return new Report(period, own, ranked, daily, slots, subUnits, total, overdue);
  }

  public UnitRates.Weights weights() {
    return ranking.weights();
  }

  private static UnitRanking.Row empty(OrgUnit u) {
    return new UnitRanking.Row(
        null, u.id(), u.name(), UnitCounters.ZERO, new UnitRates(UnitCounters.ZERO), null, 0);
  }

  private static List<Period> days(Period period) {
    List<Period> out = new ArrayList<>();
    for (LocalDate d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
      out.add(Period.of(PeriodKind.DAY, d, period.zone()));
    }
    return out;
  }

  /** Calendar months, the first and last clipped to the period. */
  static List<Period> months(Period period) {
    List<Period> out = new ArrayList<>();
    LocalDate d = period.first();
    while (!d.isAfter(period.last())) {
      LocalDate end = d.with(TemporalAdjusters.lastDayOfMonth());
      LocalDate last = end.isAfter(period.last()) ? period.last() : end;
      out.add(Period.range(d, last, null, period.zone()));
      d = last.plusDays(1);
    }
    return out;
  }

  private static String label(Period p, boolean daily) {
    if (daily) {
      return p.first().toString();
    }
    String month = p.first().getYear() + "年" + p.first().getMonthValue() + "月";
    boolean whole =
        p.first().getDayOfMonth() == 1
            && p.last().equals(p.first().with(TemporalAdjusters.lastDayOfMonth()));
    return whole
        ? month
        : month + "（" + p.first().getDayOfMonth() + "日—" + p.last().getDayOfMonth() + "日）";
  }
}
