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
    assertThat(Period.parse("month", "2026-12-31", TODAY, SHANGHAI).first()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThatThrownBy(() -> Period.parse("day", "2026-12-11", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FUTURE_PERIOD"));
  }

  @Test
  void badParametersAreRefusedInChinese() {
    assertThatThrownBy(() -> Period.parse("year", "2026-01-01", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_PERIOD"));
    assertThatThrownBy(() -> Period.parse("day", "2026-02-30", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(DomainException.class, e -> {
          assertThat(e.code()).isEqualTo("INVALID_DATE");
          assertThat(e.getMessage()).contains("日期格式不正确");
        });
    assertThatThrownBy(() -> Period.parse(null, "2026-01-01", TODAY, SHANGHAI))
        .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("MISSING_PARAM"));
  }
}
