package gov.hotline.core.calendar;

import static gov.hotline.core.ShanghaiTime.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WorkCalendarTest {

  private final WorkCalendar official = OfficialCalendars.china2025And2026();

  @Test
  void anOrdinaryWeekdayIsAWorkingDay() {
    assertThat(official.isWorkingDay(LocalDate.of(2025, 11, 19))).isTrue();
  }

  @Test
  void anOrdinaryWeekendIsNotAWorkingDay() {
    assertThat(official.isWorkingDay(LocalDate.of(2025, 11, 22))).isFalse();
    assertThat(official.isWorkingDay(LocalDate.of(2025, 11, 23))).isFalse();
  }

  @Test
  void aStatutoryHolidayOnAWeekdayIsNotAWorkingDay() {
    assertThat(official.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
  }

  @Test
  void aMakeUpSaturdayIsAWorkingDay() {
    LocalDate makeUpSaturday = LocalDate.of(2025, 10, 11);

    assertThat(makeUpSaturday.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
    assertThat(official.isWorkingDay(makeUpSaturday)).isTrue();
  }

  @Test
  void aMakeUpSundayIsAWorkingDay() {
    assertThat(official.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
  }

  @Test
  void nextWorkingDaySkipsTheWholeNationalDayBreak() {
    assertThat(official.nextWorkingDay(LocalDate.of(2025, 9, 30)))
        .isEqualTo(LocalDate.of(2025, 10, 9));
  }

  @Test
  void nextWorkingDayIsStrictlyAfterTheGivenDay() {
    assertThat(official.nextWorkingDay(LocalDate.of(2025, 11, 19)))
        .isEqualTo(LocalDate.of(2025, 11, 20));
  }

  @Test
  void workingHoursDefaultToNineToFive() {
    assertThat(official.opensAt()).isEqualTo(LocalTime.of(9, 0));
    assertThat(official.closesAt()).isEqualTo(LocalTime.of(17, 0));
  }

  @Test
  void workingHoursThatCloseBeforeTheyOpenAreRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                WorkCalendar.builder(SHANGHAI)
                    .workingHours(LocalTime.of(17, 0), LocalTime.of(9, 0)));
  }

  @Test
  void aCalendarWithoutAnyWorkingDayForAYearFailsInsteadOfLoopingForever() {
    WorkCalendar broken =
        WorkCalendar.builder(SHANGHAI)
            .holidays(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31))
            .build();

    assertThatIllegalStateException()
        .isThrownBy(() -> broken.nextWorkingDay(LocalDate.of(2025, 1, 1)))
        .withMessageContaining("no working day");
  }

  @Test
  void theHolidayRangeBuilderAndCalendarDaysDescribeTheSameCalendar() {
    WorkCalendar byRange =
        WorkCalendar.builder(SHANGHAI)
            .holidays(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8))
            .adjustedWorkday(LocalDate.of(2025, 9, 28))
            .adjustedWorkday(LocalDate.of(2025, 10, 11))
            .build();

    Stream.iterate(
            LocalDate.of(2025, 9, 20),
            d -> d.isBefore(LocalDate.of(2025, 10, 20)),
            d -> d.plusDays(1))
        .forEach(
            d ->
                assertThat(byRange.isWorkingDay(d))
                    .as(d.toString())
                    .isEqualTo(official.isWorkingDay(d)));
  }

  @Test
  void everyOfficialMakeUpWorkdayFallsOnAWeekend() {
    List<CalendarDay> makeUps =
        Stream.concat(OfficialCalendars.days2025().stream(), OfficialCalendars.days2026().stream())
            .filter(d -> d.kind() == DayKind.WORKDAY)
            .toList();

    assertThat(makeUps)
        .hasSize(11)
        .allSatisfy(
            d ->
                assertThat(d.date().getDayOfWeek())
                    .as(d.date().toString())
                    .isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Test
  void theOfficialArrangementsGive248WorkingDaysIn2025() {
    assertThat(workingDaysIn(2025)).isEqualTo(248);
  }

  @Test
  void theOfficialArrangementsGive248WorkingDaysIn2026() {
    assertThat(workingDaysIn(2026)).isEqualTo(248);
  }

  private long workingDaysIn(int year) {
    return LocalDate.of(year, 1, 1)
        .datesUntil(LocalDate.of(year + 1, 1, 1))
        .filter(official::isWorkingDay)
        .count();
  }
}
