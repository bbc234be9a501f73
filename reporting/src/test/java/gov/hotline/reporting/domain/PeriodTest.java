package gov.hotline.reporting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.hotline.core.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

  @Test
  void aDayRunsFromMidnightToMidnightBeijingTime() {
    Period p = Period.parse("day", "2026-11-21", TODAY, SHANGHAI);

    assertThat(p.start()).isEqualTo(Instant.parse("2026-11-20T16:00:00Z"));
    assertThat(p.end()).isEqualTo(Instant.parse("2026-11-21T16:00:00Z"));
    assertThat(p.title()).isEqualTo("2026年11月21日 日报");
  }

  @Test
  void aWeekIsTheIsoWeekMondayFirstEvenAcrossAMonthBoundary() {
    Period p = Period.parse("week", "2026-12-02", TODAY, SHANGHAI);

    assertThat(p.first()).isEqualTo(LocalDate.of(2026, 11, 30));
    assertThat(p.last()).isEqualTo(LocalDate.of(2026, 12, 6));
    assertThat(p.key()).isEqualTo("week-2026-W49");
    assertThat(p.title()).isEqualTo("2026年第49周 周报（11月30日—12月6日）");
  }

  @Test
  void aWeekAtNewYearBelongsToTheIsoWeekBasedYear() {
    Period p = Period.of(PeriodKind.WEEK, LocalDate.of(2027, 1, 1), SHANGHAI);

    assertThat(p.first()).isEqualTo(LocalDate.of(2026, 12, 28));
    assertThat(p.key()).isEqualTo("week-2026-W53");
  }

  @Test
  void aMonthIsTheCalendarMonth() {
    Period p = Period.parse("MONTH", "2026-02-14", TODAY, SHANGHAI);

    assertThat(p.first()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(p.last()).isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(p.key()).isEqualTo("month-2026-02");
  }

  @Test
  void theCurrentPeriodMayBeReportedButNotAFutureOne() {
    assertThat(Period.parse("month", "2026-12-31", TODAY, SHANGHAI).first())
        .isEqualTo(LocalDate.of(2026, 12, 1));
    assertThatThrownBy(() -> Period.parse("day", "2026-12-11", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("FUTURE_PERIOD"));
  }

  @Test
  void badParametersAreRefusedInChinese() {
    assertThatThrownBy(() -> Period.parse("fortnight", "2026-01-01", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_PERIOD"));
    assertThatThrownBy(() -> Period.parse("day", "2026-02-30", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_DATE");
              assertThat(e.getMessage()).contains("日期格式不正确");
            });
    assertThatThrownBy(() -> Period.parse(null, "2026-01-01", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("MISSING_PARAM"));
  }

  @Test
  void quartersAndYearsAreCalendarQuartersAndYears() {
    Period q = Period.parse("quarter", "2026-11-21", TODAY, SHANGHAI);
    assertThat(q.first()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q.last()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q.title()).isEqualTo("2026年第4季度 季报");
    assertThat(q.key()).isEqualTo("quarter-2026-Q4");
    Period y = Period.parse("year", "2025-03-01", TODAY, SHANGHAI);
    assertThat(y.first()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(y.last()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(y.title()).isEqualTo("2025年 年报");
    assertThatThrownBy(() -> Period.parse("quarter", "2027-01-01", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("FUTURE_PERIOD"));
  }

  @Test
  void aRangeIsAnyWholeDaysUpToTodayAndAtMostAYear() {
    Period r = Period.parse("range", null, "2026-10-01", "2026-10-07", " 国庆假期 ", TODAY, SHANGHAI);
    assertThat(r.first()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(r.last()).isEqualTo(LocalDate.of(2026, 10, 7));
    assertThat(r.days()).isEqualTo(7);
    assertThat(r.name()).isEqualTo("国庆假期");
    assertThat(r.start()).isEqualTo(Instant.parse("2026-09-30T16:00:00Z"));
    assertThat(r.end()).isEqualTo(Instant.parse("2026-10-07T16:00:00Z"));
    assertThat(r.title()).isEqualTo("国庆假期（2026年10月1日—10月7日） 报表");
    assertThat(
            Period.parse("range", null, "2025-12-10", "2026-12-10", null, TODAY, SHANGHAI).title())
        .isEqualTo("2025年12月10日—2026年12月10日 报表");
    assertThat(Period.parse("range", null, "2026-12-10", "2026-12-10", "", TODAY, SHANGHAI).days())
        .isEqualTo(1);

    assertThatThrownBy(
            () -> Period.parse("range", null, "2026-10-07", "2026-10-01", null, TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("INVALID_RANGE");
              assertThat(e.getMessage()).contains("早于开始日期");
            });
    assertThatThrownBy(
            () -> Period.parse("range", null, "2026-12-01", "2026-12-11", null, TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("FUTURE_PERIOD");
              assertThat(e.getMessage()).contains("晚于今天");
            });
    assertThatThrownBy(
            () -> Period.parse("range", null, "2025-12-09", "2026-12-10", null, TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("RANGE_TOO_LONG");
              assertThat(e.getMessage()).contains("367 天");
            });
    assertThatThrownBy(() -> Period.parse("range", null, null, "2026-12-01", null, TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.code()).isEqualTo("MISSING_PARAM");
              assertThat(e.getMessage()).contains("from");
            });
    assertThatThrownBy(
            () -> Period.parse("range", null, "2026-12-01", "12/05", null, TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_DATE"));
    assertThatThrownBy(
            () ->
                Period.parse(
                    "range", null, "2026-12-01", "2026-12-05", "长".repeat(41), TODAY, SHANGHAI))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_NAME"));
  }
}
