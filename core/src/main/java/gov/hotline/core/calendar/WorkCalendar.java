package gov.hotline.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Business calendar: Monday–Friday are working days unless listed as holidays; Saturdays and
 * Sundays are not, unless listed as make-up workdays (调休). Working hours are one window per working
 * day (default 09:00–17:00). A holidays-only calendar would be wrong: 调休 weekends count for 办理时限.
 */
public final class WorkCalendar {
  private final ZoneId zone;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workdays;
  private final LocalTime open;
  private final LocalTime close;

  private WorkCalendar(Builder b) {
    this.zone = b.zone;
    this.holidays = Set.copyOf(b.holidays);
    this.workdays = Set.copyOf(b.workdays);
    this.open = b.open;
    this.close = b.close;
  }

  public static Builder builder(ZoneId zone) {
    return new Builder(zone);
  }

  public ZoneId zone() {
    return zone;
  }

  public LocalTime opensAt() {
    return open;
  }

  public LocalTime closesAt() {
    return close;
  }

  public boolean isWorkingDay(LocalDate day) {
    if (workdays.contains(day)) {
      return true;
    }
    if (holidays.contains(day)) {
      return false;
    }
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
  }

  /** The first working day strictly after {@code day}. */
  public LocalDate nextWorkingDay(LocalDate day) {
    LocalDate d = day.plusDays(1);
    for (int guard = 0; !isWorkingDay(d); guard++) {
      if (guard
          > 366) { // a year without a working day is a data error, not a reason to loop forever
        throw new IllegalStateException("no working day within a year after " + day);
      }
      d = d.plusDays(1);
    }
    return d;
  }

  /** Builds a calendar from weekends plus explicit days. */
  public static final class Builder {
    private final ZoneId zone;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> workdays = new HashSet<>();
    private LocalTime open = LocalTime.of(9, 0);
    private LocalTime close = LocalTime.of(17, 0);

    private Builder(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone);
    }

    /** Holidays from {@code first} to {@code last}, both inclusive. */
    public Builder holidays(LocalDate first, LocalDate last) {
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        holidays.add(d);
      }
      return this;
    }

    public Builder adjustedWorkday(LocalDate day) {
      workdays.add(day);
      return this;
    }

    public Builder days(Collection<CalendarDay> days) {
      for (CalendarDay d : days) {
        (d.kind() == DayKind.HOLIDAY ? holidays : workdays).add(d.date());
      }
      return this;
    }

    public Builder workingHours(LocalTime opens, LocalTime closes) {
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException("working hours must open before they close");
      }
      this.open = opens;
      this.close = closes;
      return this;
    }

    public WorkCalendar build() {
      return new WorkCalendar(this);
    }
  }
}
