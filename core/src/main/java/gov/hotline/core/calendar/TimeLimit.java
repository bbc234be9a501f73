package gov.hotline.core.calendar;

import gov.hotline.core.error.DomainException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit (办理时限) in calendar time (minutes, hours, days) or working time (working hours,
 * working days). Written compactly as {@code 30m}, {@code 2h}, {@code 7d}, {@code 4wh}, {@code
 * 7wd}.
 */
public record TimeLimit(long amount, Unit unit) {
  private static final Pattern TEXT = Pattern.compile("(\\d{1,5})(m|h|d|wh|wd)");

  /** Units of a time limit, with their compact code and Chinese label. */
  public enum Unit {
    MINUTES("m", "分钟"),
    HOURS("h", "小时"),
    DAYS("d", "天"),
    WORKING_HOURS("wh", "个工作小时"),
    WORKING_DAYS("wd", "个工作日");

    private final String code;
    private final String label;

    Unit(String code, String label) {
      this.code = code;
      this.label = label;
    }
  }

  public TimeLimit {
    if (amount <= 0) {
      throw new IllegalArgumentException("a time limit is positive");
    }
  }

  public static TimeLimit hours(long n) {
    return new TimeLimit(n, Unit.HOURS);
  }

  public static TimeLimit workingDays(long n) {
    return new TimeLimit(n, Unit.WORKING_DAYS);
  }

  public static TimeLimit workingHours(long n) {
    return new TimeLimit(n, Unit.WORKING_HOURS);
  }

  public static TimeLimit parse(String text) {
    Matcher m = text == null ? null : TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (m == null || !m.matches() || Long.parseLong(m.group(1)) == 0) {
      throw DomainException.invalid(
          "INVALID_TIME_LIMIT", "时限格式不正确：" + text + "（示例：30m、2h、7d、4wh、7wd）");
    }
    long n = Long.parseLong(m.group(1));
    for (Unit u : Unit.values()) {
      if (u.code.equals(m.group(2))) {
        return new TimeLimit(n, u);
      }
    }
    throw new IllegalStateException("unreachable");
  }

  public boolean isWorkingTime() {
    return unit == Unit.WORKING_DAYS || unit == Unit.WORKING_HOURS;
  }

  /** Compact code, inverse of {@link #parse(String)}. */
  public String code() {
    return amount + unit.code;
  }

  /** Chinese description, e.g. 7个工作日. */
  public String label() {
    return amount + unit.label;
  }
}
