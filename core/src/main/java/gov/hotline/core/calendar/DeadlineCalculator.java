package gov.hotline.core.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * Computes when a time limit that starts at an instant runs out, on a {@link WorkCalendar}.
 *
 * <p>Conventions (stated once, here):
 *
 * <ul>
 *   <li>calendar minutes/hours/days: plain elapsed time from the start;
 *   <li>N working days: the day of the start does not count; due at the end (23:59:59) of the N-th
 *       working day after it — the way "7个工作日内答复" is read;
 *   <li>N working hours: only time inside the working-hours window of working days counts; a start
 *       outside the window begins counting at the next opening.
 * </ul>
 */
public final class DeadlineCalculator {
  private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final WorkCalendar calendar;

  public DeadlineCalculator(WorkCalendar calendar) {
    this.calendar = calendar;
  }

  public Instant due(Instant start, TimeLimit limit) {
    return switch (limit.unit()) {
      case MINUTES -> start.plus(Duration.ofMinutes(limit.amount()));
      case HOURS -> start.plus(Duration.ofHours(limit.amount()));
      case DAYS -> start.atZone(calendar.zone()).plusDays(limit.amount()).toInstant();
      case WORKING_DAYS ->
          dueDate(start, limit).atTime(END_OF_DAY).atZone(calendar.zone()).toInstant();
      case WORKING_HOURS -> afterWorkingTime(start, Duration.ofHours(limit.amount()));
    };
  }

  /** The local day on which a working-days limit runs out. */
  public LocalDate dueDate(Instant start, TimeLimit limit) {
    if (limit.unit() != TimeLimit.Unit.WORKING_DAYS) {
      return due(start, limit).atZone(calendar.zone()).toLocalDate();
    }
    LocalDate day = start.atZone(calendar.zone()).toLocalDate();
    for (long i = 0; i < limit.amount(); i++) {
      day = calendar.nextWorkingDay(day);
    }
    return day;
  }

  private Instant afterWorkingTime(Instant start, Duration needed) {
    LocalDateTime cursor = start.atZone(calendar.zone()).toLocalDateTime();
    Duration left = needed;
    while (true) {
      LocalDate day = cursor.toLocalDate();
      LocalDateTime open = day.atTime(calendar.opensAt());
      LocalDateTime close = day.atTime(calendar.closesAt());
      if (!calendar.isWorkingDay(day) || !cursor.isBefore(close)) {
        cursor = calendar.nextWorkingDay(day).atTime(calendar.opensAt());
        continue;
      }
      if (cursor.isBefore(open)) {
        cursor = open;
      }
      Duration available = Duration.between(cursor, close);
      if (available.compareTo(left) >= 0) {
        return ZonedDateTime.of(cursor.plus(left), calendar.zone()).toInstant();
      }
      left = left.minus(available);
      cursor = close;
    }
  }
}
