package gov.hotline.core.calendar;

import static gov.hotline.core.ShanghaiTime.SHANGHAI;
import static gov.hotline.core.ShanghaiTime.at;
import static gov.hotline.core.ShanghaiTime.endOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

  private final DeadlineCalculator calculator =
      new DeadlineCalculator(OfficialCalendars.china2025And2026());

  @Nested
  class WorkingDays {

    @Test
    void sevenWorkingDaysFromTheEveOfNationalDayRunToOctober16BecauseTheMakeUpSaturdayCounts() {
      Instant start = at(2025, 9, 30, 10, 0);

      Instant due = calculator.due(start, TimeLimit.workingDays(7));

      assertThat(due).isEqualTo(endOf(2025, 10, 16));
    }

    @Test
    void oneWorkingDayFromAFridayBeforeNationalDayIsTheMakeUpSunday() {
      LocalDate due = calculator.dueDate(at(2025, 9, 26, 15, 0), TimeLimit.workingDays(1));

      assertThat(due).isEqualTo(LocalDate.of(2025, 9, 28));
    }

    @Test
    void theStartDayDoesNotCountEvenWhenTheTicketArrivesEarlyInTheMorning() {
      Instant due = calculator.due(at(2025, 11, 18, 0, 5), TimeLimit.workingDays(1));

      assertThat(due).isEqualTo(endOf(2025, 11, 19));
    }

    @Test
    void theDeadlineIsTheLastSecondOfTheDueDayInBeijingTime() {
      Instant due = calculator.due(at(2025, 11, 18, 10, 0), TimeLimit.workingDays(2));

      assertThat(due.atZone(SHANGHAI).toLocalTime()).isEqualTo(LocalTime.of(23, 59, 59));
      assertThat(due).isEqualTo(Instant.parse("2025-11-20T15:59:59Z"));
    }

    @Test
    void aStartOnAWeekendCountsFromTheFollowingMonday() {
      LocalDate due = calculator.dueDate(at(2025, 11, 22, 10, 0), TimeLimit.workingDays(1));

      assertThat(due).isEqualTo(LocalDate.of(2025, 11, 24));
    }

    @Test
    void theMakeUpSaturdayBeforeSpringFestival2026IsTheFirstWorkingDayAfterFriday() {
      LocalDate due = calculator.dueDate(at(2026, 2, 13, 10, 0), TimeLimit.workingDays(1));

      assertThat(due).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void workingDaysAcrossSpringFestival2026SkipTheNineDayBreakAndCountBothMakeUpSaturdays() {
      // 2/14 (Sat, make-up) 1, 2/24 2, 2/25 3, 2/26 4, 2/27 5, 2/28 (Sat, make-up) 6, 3/2 7
      LocalDate due = calculator.dueDate(at(2026, 2, 13, 10, 0), TimeLimit.workingDays(7));

      assertThat(due).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aTicketReceivedOnTheMakeUpSaturdayStartsCountingAfterTheSpringFestivalBreak() {
      LocalDate due = calculator.dueDate(at(2026, 2, 14, 16, 0), TimeLimit.workingDays(1));

      assertThat(due).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void workingDaysAcrossNewYear2026CountTheMakeUpSunday() {
      LocalDate due = calculator.dueDate(at(2025, 12, 31, 10, 0), TimeLimit.workingDays(1));

      assertThat(due).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void workingDaysAcrossLabourDay2025CountTheMakeUpSundayAndSkipTheFiveDayBreak() {
      // 4/27 (Sun, make-up) 1, 4/28 2, 4/29 3, 4/30 4, 5/6 5
      LocalDate due = calculator.dueDate(at(2025, 4, 25, 10, 0), TimeLimit.workingDays(5));

      assertThat(due).isEqualTo(LocalDate.of(2025, 5, 6));
    }
  }

  @Nested
  class WorkingHours {

    @Test
    void workingHoursLeftOnFridayAfternoonContinueOnMondayMorning() {
      Instant due = calculator.due(at(2025, 11, 21, 16, 0), TimeLimit.workingHours(4));

      assertThat(due).isEqualTo(at(2025, 11, 24, 12, 0));
    }

    @Test
    void aStartBeforeOpeningBeginsCountingAtNine() {
      Instant due = calculator.due(at(2025, 11, 18, 7, 30), TimeLimit.workingHours(2));

      assertThat(due).isEqualTo(at(2025, 11, 18, 11, 0));
    }

    @Test
    void aStartAfterClosingBeginsCountingAtTheNextOpening() {
      Instant due = calculator.due(at(2025, 11, 18, 18, 30), TimeLimit.workingHours(2));

      assertThat(due).isEqualTo(at(2025, 11, 19, 11, 0));
    }

    @Test
    void aStartExactlyAtClosingTimeBeginsCountingTheNextMorning() {
      Instant due = calculator.due(at(2025, 11, 18, 17, 0), TimeLimit.workingHours(1));

      assertThat(due).isEqualTo(at(2025, 11, 19, 10, 0));
    }

    @Test
    void aStartOnAHolidayBeginsCountingOnTheFirstWorkingDayAfterTheBreak() {
      Instant due = calculator.due(at(2025, 10, 3, 10, 0), TimeLimit.workingHours(2));

      assertThat(due).isEqualTo(at(2025, 10, 9, 11, 0));
    }

    @Test
    void workingHoursRunOnTheMakeUpSaturday() {
      Instant due = calculator.due(at(2025, 10, 10, 16, 0), TimeLimit.workingHours(2));

      assertThat(due).isEqualTo(at(2025, 10, 11, 10, 0));
    }

    @Test
    void workingHoursBeforeTheDragonBoatBreakContinueAfterIt() {
      Instant due = calculator.due(at(2025, 5, 30, 16, 0), TimeLimit.workingHours(2));

      assertThat(due).isEqualTo(at(2025, 6, 3, 10, 0));
    }

    @Test
    void aFullWorkingDayFromOpeningEndsAtClosingTimeTheSameDay() {
      Instant due = calculator.due(at(2025, 11, 18, 9, 0), TimeLimit.workingHours(8));

      assertThat(due).isEqualTo(at(2025, 11, 18, 17, 0));
    }

    @Test
    void workingHoursFollowTheCalendarsOwnWindow() {
      WorkCalendar longDays =
          WorkCalendar.builder(SHANGHAI)
              .workingHours(LocalTime.of(8, 30), LocalTime.of(17, 30))
              .build();

      Instant due =
          new DeadlineCalculator(longDays).due(at(2025, 11, 18, 17, 0), TimeLimit.workingHours(1));

      assertThat(due).isEqualTo(at(2025, 11, 19, 9, 0));
    }
  }

  @Nested
  class CalendarTime {

    @Test
    void calendarHoursIgnoreHolidays() {
      Instant due = calculator.due(at(2025, 9, 30, 10, 0), TimeLimit.hours(48));

      assertThat(due).isEqualTo(at(2025, 10, 2, 10, 0));
    }

    @Test
    void calendarMinutesAreElapsedTimeEvenAtNight() {
      Instant due =
          calculator.due(at(2025, 10, 1, 23, 50), new TimeLimit(30, TimeLimit.Unit.MINUTES));

      assertThat(due).isEqualTo(at(2025, 10, 2, 0, 20));
    }

    @Test
    void calendarDaysIgnoreHolidaysAndKeepTheTimeOfDay() {
      Instant due = calculator.due(at(2025, 9, 30, 10, 0), new TimeLimit(7, TimeLimit.Unit.DAYS));

      assertThat(due).isEqualTo(at(2025, 10, 7, 10, 0));
    }

    @Test
    void theDueDateOfACalendarLimitIsTheLocalDayItRunsOutOn() {
      LocalDate due = calculator.dueDate(at(2025, 9, 30, 23, 0), TimeLimit.hours(2));

      assertThat(due).isEqualTo(LocalDate.of(2025, 10, 1));
    }
  }
}
