package gov.hotline.reporting.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import gov.hotline.reporting.domain.ArchivedReport;
import gov.hotline.reporting.domain.Period;
import gov.hotline.reporting.domain.PeriodKind;
import gov.hotline.reporting.domain.ReportDocument;
import gov.hotline.reporting.domain.ReportFormat;
import gov.hotline.reporting.port.ReportArchive;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReportArchivingTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** An archive in memory, enough to watch what the service stores. */
  static final class MemoryArchive implements ReportArchive {
    final List<ArchivedReport> files = new ArrayList<>();
    boolean lockedElsewhere;

    @Override
    public ArchivedReport save(
        String report, Period p, ReportFormat f, String title, byte[] content, String by) {
      int version =
          1
              + (int)
                  files.stream()
                      .filter(
                          a ->
                              a.report().equals(report)
                                  && a.periodKey().equals(p.key())
                                  && a.format() == f)
                      .count();
      ArchivedReport a =
          new ArchivedReport(
              files.size() + 1,
              report,
              p.kind(),
              p.key(),
              p.first(),
              p.last(),
              f,
              title,
              content.length,
              null,
              by,
              version,
              content);
      files.add(a);
      return a;
    }

    @Override
    public boolean exists(String report, Period p) {
      return files.stream()
          .anyMatch(a -> a.report().equals(report) && a.periodKey().equals(p.key()));
    }

    @Override
    public List<ArchivedReport> list(String report, int limit) {
      return files;
    }

    @Override
    public Optional<ArchivedReport> find(long id, boolean withContent) {
      return files.stream().filter(a -> a.id() == id).findFirst();
    }

    @Override
    public <T> Optional<T> exclusively(Supplier<T> work) {
      return lockedElsewhere ? Optional.empty() : Optional.of(work.get());
    }
  }

  private static final ReportProducer UNITS =
      new ReportProducer() {
        public String code() {
          return "UNITS";
        }

        public String label() {
          return "承办单位三率排名";
        }

        public ReportDocument produce(Period period) {
          return new ReportDocument(period.title(), "", List.of(), null);
        }
      };

  private final MemoryArchive archive = new MemoryArchive();

  private ReportArchiving at(String localDateTime) {
    Clock clock =
        Clock.fixed(
            ZonedDateTime.of(LocalDateTime.parse(localDateTime), SHANGHAI).toInstant(), SHANGHAI);
    return new ReportArchiving(
        List.of(UNITS),
        archive,
        (doc, f) -> doc.title().getBytes(StandardCharsets.UTF_8),
        clock,
        LocalTime.of(1, 0));
  }

  @Test
  void afterTheRunTimeYesterdaysDayLastWeekLastMonthLastQuarterAndLastYearAreDue() {
    List<Period> due = at("2026-12-02T01:30").duePeriods(LocalDateTime.parse("2026-12-02T01:30"));

    assertThat(due)
        .extracting(Period::key)
        .containsExactly(
            "day-2026-12-01", "week-2026-W48", "month-2026-11", "quarter-2026-Q3", "year-2025");
  }

  @Test
  void theQuarterThatEndedOnTheLastDayOfSeptemberIsDueFromTheRunTimeOnOctoberFirst() {
    assertThat(at("2026-10-01T00:59").duePeriods(LocalDateTime.parse("2026-10-01T00:59")).get(3))
        .extracting(Period::key, Period::first, Period::last)
        .containsExactly("quarter-2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30));
    assertThat(at("2026-10-01T01:00").duePeriods(LocalDateTime.parse("2026-10-01T01:00")).get(3))
        .extracting(Period::key, Period::first, Period::last)
        .containsExactly("quarter-2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
  }

  @Test
  void theYearIsDueFromTheRunTimeOnNewYearsDayAndNotBefore() {
    assertThat(at("2027-01-01T00:30").duePeriods(LocalDateTime.parse("2027-01-01T00:30")).get(4))
        .extracting(Period::key)
        .isEqualTo("year-2025");
    List<Period> due = at("2027-01-01T01:30").duePeriods(LocalDateTime.parse("2027-01-01T01:30"));
    assertThat(due)
        .extracting(Period::key)
        .containsExactly(
            "day-2026-12-31", "week-2026-W52", "month-2026-12", "quarter-2026-Q4", "year-2026");
    assertThat(due.get(4).first()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(due.get(4).last()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void theScheduleGeneratesTheQuarterAndTheYearOnceAfterTheyEnd() {
    ReportArchiving newYear = at("2027-01-01T01:30");

    assertThat(newYear.runSchedule()).isEqualTo(5);
    assertThat(at("2027-01-02T01:30").runSchedule())
        .as("the next day only the new day is due: week, month, quarter and year are archived")
        .isEqualTo(1);
    assertThat(archive.files)
        .extracting(ArchivedReport::periodKey)
        .contains("quarter-2026-Q4", "year-2026")
        .filteredOn(k -> k.startsWith("year-"))
        .hasSize(ReportFormat.values().length);
  }

  @Test
  void beforeTheRunTimeYesterdayIsNotDueYet() {
    List<Period> due = at("2026-12-02T00:30").duePeriods(LocalDateTime.parse("2026-12-02T00:30"));

    assertThat(due.get(0).key()).isEqualTo("day-2026-11-30");
    assertThat(due.get(2).key())
        .as("November ended and its report was due at 01:00 on December 1st")
        .isEqualTo("month-2026-11");
  }

  @Test
  void justAfterMidnightOnTheFirstLastMonthIsNotDueYet() {
    List<Period> due = at("2026-12-01T00:30").duePeriods(LocalDateTime.parse("2026-12-01T00:30"));

    assertThat(due.get(0).key()).isEqualTo("day-2026-11-29");
    assertThat(due.get(2).key()).isEqualTo("month-2026-10");
  }

  @Test
  void onMondayMorningTheWeekThatEndedOnSundayIsDue() {
    List<Period> due = at("2026-11-23T02:00").duePeriods(LocalDateTime.parse("2026-11-23T02:00"));

    assertThat(due.get(1).first()).isEqualTo(LocalDate.of(2026, 11, 16));
    assertThat(due.get(1).last()).isEqualTo(LocalDate.of(2026, 11, 22));
  }

  @Test
  void theScheduleGeneratesEachDueReportOnceInEveryFormat() {
    ReportArchiving archiving = at("2026-12-02T01:30");

    assertThat(archiving.runSchedule()).isEqualTo(5);
    assertThat(archiving.runSchedule()).isZero();
    assertThat(archive.files)
        .hasSize(5 * ReportFormat.values().length)
        .extracting(ArchivedReport::format)
        .containsOnly(ReportFormat.values());
  }

  @Test
  void anotherInstanceHoldingTheLockMeansThisOneGeneratesNothing() {
    archive.lockedElsewhere = true;

    assertThat(at("2026-12-02T01:30").runSchedule()).isZero();
    assertThat(archive.files).isEmpty();
  }

  @Test
  void regeneratingAPeriodReplacesItAndSaysSo() {
    ReportArchiving archiving = at("2026-12-02T01:30");
    Period day = Period.of(PeriodKind.DAY, LocalDate.of(2026, 12, 1), SHANGHAI);

    assertThat(archiving.generate("UNITS", day, "manager1").replaced()).isFalse();
    assertThat(archiving.generate("UNITS", day, "manager1").replaced()).isTrue();
  }

  @Test
  void anUnknownReportIsRefused() {
    assertThatThrownBy(() -> at("2026-12-02T01:30").producer("WEATHER"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_REPORT"));
  }
}
