package gov.hotline.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One day of the business calendar that admins edit, e.g. 2025-10-01 HOLIDAY 国庆节、中秋节. */
public record CalendarDay(LocalDate date, DayKind kind, String name) {
  public CalendarDay {
    Objects.requireNonNull(date);
    Objects.requireNonNull(kind);
    name = name == null ? "" : name;
  }
}
