package gov.hotline.reporting.service;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.user.Actor;
import gov.hotline.reporting.domain.ArchivedReport;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportAccess;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.port.ReportArchive;
import gov.hotline.reporting.port.ReportRenderer;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates reports into the archive: on demand, and on schedule after each day, ISO week, month,
 * quarter (季报) and year (年报) has ended (at a configured local time, one instance at a time). Every
 * report is stored in every format this machine renders.
 */
public final class ReportArchiving {
  private final Map<String, ReportProducer> producers = new LinkedHashMap<>();
  private final ReportArchive archive;
  private final ReportRenderer renderer;
  private final Clock clock;
  private final LocalTime runAt;

  public ReportArchiving(
      List<ReportProducer> producers,
      ReportArchive archive,
      ReportRenderer renderer,
      Clock clock,
      LocalTime runAt) {
    producers.forEach(p -> this.producers.put(p.code(), p));
    this.archive = archive;
    this.renderer = renderer;
    this.clock = clock;
    this.runAt = runAt;
  }

  /**
   * The result of a generation: the stored files and whether an earlier generation was replaced.
   */
  public record Generated(List<ArchivedReport> files, boolean replaced) {}

  public ReportProducer producer(String code) {
    ReportProducer p = code == null ? null : producers.get(code);
    if (p == null) {
      throw DomainException.invalid(
          "UNKNOWN_REPORT", "不支持的报表：" + code + "（可选：" + String.join("、", producers.keySet()) + "）");
    }
    return p;
  }

  public List<ReportProducer> producers() {
    return List.copyOf(producers.values());
  }

  /**
   * Generates one report for a period in every format as {@code actor} asks: refused for roles that
   * may not, and for a period not yet ended unless {@code partial}.
   */
  public Generated generate(Actor actor, String report, Period period, boolean partial) {
    ReportAccess.require(actor, ReportAccess.Use.ARCHIVE_GENERATE);
    producer(report);
    ReportAccess.requireEnded(period, clock.instant(), partial);
    return generate(report, period, actor.username());
  }

  /**
   * The archive's newest files (of one report, or all when null) as {@code actor} may read them.
   */
  public List<ArchivedReport> list(Actor actor, String report, int limit) {
    ReportAccess.require(actor, ReportAccess.Use.ARCHIVE_READ);
    if (report != null) {
      producer(report);
    }
    return archive.list(report, limit);
  }

  /** One archived file with its content, as {@code actor} may read it; 404 when there is none. */
  public ArchivedReport file(Actor actor, long id) {
    ReportAccess.require(actor, ReportAccess.Use.ARCHIVE_READ);
    return archive
        .find(id, true)
        .orElseThrow(() -> DomainException.notFound("NOT_FOUND", "报表不存在：" + id));
  }

  /** Generates one report for a period in every format, replacing an earlier generation. */
  public Generated generate(String report, Period period, String by) {
    ReportProducer producer = producer(report);
    ReportDocument doc = producer.produce(period);
    List<ArchivedReport> files = new ArrayList<>();
    boolean replaced = false;
    for (ReportFormat f : ReportFormat.values()) {
      if (!renderer.renders(f)) {
        continue; // e.g. no CJK font for PDF on this machine: the other formats are still archived
      }
      ArchivedReport saved =
          archive.save(producer.code(), period, f, doc.title(), renderer.render(doc, f), by);
      replaced |= saved.version() > 1;
      files.add(saved);
    }
    return new Generated(files, replaced);
  }

  /**
   * The periods whose scheduled reports are due at {@code now}: the last complete day, week, month,
   * quarter and year — each due from the run time on the day after it ended, like the day itself.
   */
  public List<Period> duePeriods(LocalDateTime now) {
    LocalDate today = now.toLocalDate();
    LocalDate lastDay = now.toLocalTime().isBefore(runAt) ? today.minusDays(2) : today.minusDays(1);
    List<Period> due = new ArrayList<>();
    due.add(Period.of(PeriodKind.DAY, lastDay, clock.getZone()));
    LocalDate lastSunday =
        lastDay.getDayOfWeek() == DayOfWeek.SUNDAY
            ? lastDay
            : lastDay.minusDays(lastDay.getDayOfWeek().getValue());
    due.add(Period.of(PeriodKind.WEEK, lastSunday, clock.getZone()));
    LocalDate lastMonthEnd =
        lastDay.plusDays(1).getDayOfMonth() == 1 ? lastDay : lastDay.withDayOfMonth(1).minusDays(1);
    due.add(Period.of(PeriodKind.MONTH, lastMonthEnd, clock.getZone()));
    Period quarter = Period.of(PeriodKind.QUARTER, lastDay, clock.getZone());
    due.add(
        quarter.last().equals(lastDay)
            ? quarter
            : Period.of(PeriodKind.QUARTER, quarter.first().minusDays(1), clock.getZone()));
    Period year = Period.of(PeriodKind.YEAR, lastDay, clock.getZone());
    due.add(
        year.last().equals(lastDay)
            ? year
            : Period.of(PeriodKind.YEAR, year.first().minusDays(1), clock.getZone()));
    return due;
  }

  /**
   * Generates every due report not archived yet; returns how many reports were generated (0 on
   * other instances).
   */
  public int runSchedule() {
    Optional<Integer> n =
        archive.exclusively(
            () -> {
              int generated = 0;
              for (Period p : duePeriods(LocalDateTime.now(clock))) {
                for (ReportProducer producer : producers.values()) {
                  if (!archive.exists(producer.code(), p)) {
                    generate(producer.code(), p, "system");
                    generated++;
                  }
                }
              }
              return generated;
            });
    return n.orElse(0);
  }
}
