package gov.hotline.core.calendar;

import gov.hotline.core.error.DomainException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates the platform accepts from users: years 1900–2200. Anything outside (e.g. {@code
 * -999999999-01-01}) is refused with a Chinese 400 before it reaches time-zone arithmetic or the
 * database, which would overflow.
 */
public final class DateBounds {
  public static final int MIN_YEAR = 1900;
  public static final int MAX_YEAR = 2200;

  private DateBounds() {}

  /**
   * The date itself when its year is within bounds; else an INVALID_DATE error naming the field.
   */
  public static LocalDate check(LocalDate d, String field, String label) {
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
      throw outOfRange(d.toString(), field, label);
    }
    return d;
  }

  /** The instant itself when its (UTC) year is within bounds. */
  public static Instant check(Instant t, String field, String label) {
    if (t.isBefore(LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))
        || !t.isBefore(LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
      throw outOfRange(t.toString(), field, label);
    }
    return t;
  }

  private static DomainException outOfRange(String v, String field, String label) {
    return DomainException.invalid(
        "DATE_OUT_OF_RANGE",
        label + "（" + field + "）超出允许范围：" + v + "（仅限 " + MIN_YEAR + "–" + MAX_YEAR + " 年）");
  }
}
