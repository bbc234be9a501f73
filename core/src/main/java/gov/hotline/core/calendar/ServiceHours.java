package gov.hotline.core.calendar;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;

/**
 * The hotline's service hours (服务时间): open on the working days of the business calendar ({@link
 * WorkCalendar}: Monday–Friday except statutory holidays, plus the make-up workdays 调休) from {@code
 * opens} (inclusive) to {@code closes} (exclusive), by default 09:00–17:00 (5×8), in the calendar's
 * zone. The rule, in one place:
 *
 * <ul>
 *   <li>open → {@link ServiceBranch#OPEN} on every line (the 5×8 queue);
 *   <li>closed, on a line configured as 7×24 ({@code emergencyLines}, the dialled number) → {@link
 *       ServiceBranch#EMERGENCY} (the emergency queue);
 *   <li>closed on any other line → {@link ServiceBranch#AFTER_HOURS} (the after-hours message).
 * </ul>
 *
 * The hours are the hotline's own, kept apart from the calendar's working hours for deadlines
 * (办理时限), which may differ.
 */
public final class ServiceHours {
  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<String> emergencyLines;

  public ServiceHours(LocalTime opens, LocalTime closes, Set<String> emergencyLines) {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("service hours must open before they close");
    }
    this.opens = opens;
    this.closes = closes;
    this.emergencyLines = Set.copyOf(emergencyLines);
  }

  /** 09:00–17:00 on working days, no 7×24 line. */
  public static ServiceHours fiveByEight() {
    return new ServiceHours(LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of());
  }

  /** Parses {@code "09:00-17:00"}; throws {@link IllegalArgumentException} on anything else. */
  public static ServiceHours parse(String hours, Set<String> emergencyLines) {
    String[] parts = Objects.requireNonNull(hours).trim().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("service hours are HH:MM-HH:MM, not " + hours);
    }
    try {
      return new ServiceHours(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]), emergencyLines);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("service hours are HH:MM-HH:MM, not " + hours, e);
    }
  }

  public LocalTime opens() {
    return opens;
  }

  public LocalTime closes() {
    return closes;
  }

  public Set<String> emergencyLines() {
    return emergencyLines;
  }

  /** Whether the hotline is open at {@code at} by {@code calendar} (its days and zone). */
  public boolean isOpen(WorkCalendar calendar, Instant at) {
    ZonedDateTime t = at.atZone(calendar.zone());
    LocalTime time = t.toLocalTime();
    return calendar.isWorkingDay(t.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
  }

  /** The branch of a call on {@code line} (the dialled number) arriving at {@code at}. */
  public ServiceBranch branch(WorkCalendar calendar, String line, Instant at) {
    if (isOpen(calendar, at)) {
      return ServiceBranch.OPEN;
    }
    return line != null && emergencyLines.contains(line.trim())
        ? ServiceBranch.EMERGENCY
        : ServiceBranch.AFTER_HOURS;
  }
}
