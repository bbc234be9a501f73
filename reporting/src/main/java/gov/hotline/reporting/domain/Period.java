package gov.hotline.reporting.domain;

import gov.hotline.core.calendar.DateBounds;
import gov.hotline.core.error.DomainException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A report period in the hotline's time zone: the day, the ISO week (Monday–Sunday, which may span
 * two months), the calendar month, quarter or year containing {@code date}, or any range of whole
 * days chosen by the user (区间报表, optionally named, e.g. a holiday week as 重点时期). {@code [start,
 * end)} in local dates.
 */
public record Period(PeriodKind kind, LocalDate first, LocalDate last, ZoneId zone, String name) {
  /** The longest date range a report may cover: one year, leap day included. */
  public static final int MAX_RANGE_DAYS = 366;

  /** The longest name of a chosen period (重点时期). */
  public static final int MAX_NAME_LENGTH = 40;

  private static final String KINDS = "day、week、month、quarter、year、range";

  public Period {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("period ends before it starts");
    }
    name = name == null || name.isBlank() ? null : name.strip();
  }

  public Period(PeriodKind kind, LocalDate first, LocalDate last, ZoneId zone) {
    this(kind, first, last, zone, null);
  }

  public static Period of(PeriodKind kind, LocalDate date, ZoneId zone) {
    return switch (kind) {
      case DAY, RANGE -> new Period(kind, date, date, zone);
      case WEEK ->
          new Period(
              kind,
              date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
              date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)),
              zone);
      case MONTH ->
          new Period(
              kind, date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()), zone);
      case QUARTER -> {
        LocalDate start =
            date.withMonth((date.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1).withDayOfMonth(1);
        yield new Period(kind, start, start.plusMonths(3).minusDays(1), zone);
      }
      case YEAR ->
          new Period(
              kind, date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()), zone);
    };
  }

  /** A chosen range of whole days {@code first..last} (both included), optionally named (重点时期). */
  public static Period range(LocalDate first, LocalDate last, String name, ZoneId zone) {
    return new Period(PeriodKind.RANGE, first, last, zone, name);
  }

  /**
   * Reads {@code period=day|week|month|quarter|year&date=YYYY-MM-DD} as a user sends it; an unknown
   * period, a malformed date or a period that has not started yet is refused with a Chinese
   * message. A range needs {@link #parse(String, String, String, String, String, LocalDate,
   * ZoneId)}.
   */
  public static Period parse(String kind, String date, LocalDate today, ZoneId zone) {
    return parse(kind, date, null, null, null, today, zone);
  }

  /**
   * Reads a period as a user sends it: {@code period=day|week|month|quarter|year&date=YYYY-MM-DD},
   * or {@code period=range&from=YYYY-MM-DD&to=YYYY-MM-DD[&name=国庆假期]}. Refused with a Chinese
   * message: an unknown period, a malformed date, a period that has not started yet, a range that
   * ends before it starts, ends after today or is longer than {@value #MAX_RANGE_DAYS} days, and an
   * over-long name.
   */
  public static Period parse(
      String kind, String date, String from, String to, String name, LocalDate today, ZoneId zone) {
    if (kind == null || kind.isBlank()) {
      throw DomainException.invalid("MISSING_PARAM", "缺少参数：period（" + KINDS + "）");
    }
    PeriodKind k;
    try {
      k = PeriodKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("UNKNOWN_PERIOD", "不支持的统计周期：" + kind + "（可选：" + KINDS + "）");
    }
    if (k == PeriodKind.RANGE) {
      return parseRange(from, to, name, today, zone);
    }
    Period p = of(k, day(date, "date", "日期"), zone);
    if (p.first().isAfter(today)) {
      throw DomainException.invalid("FUTURE_PERIOD", "统计周期尚未开始：" + p.title());
    }
    return p;
  }

  private static Period parseRange(
      String from, String to, String name, LocalDate today, ZoneId zone) {
    LocalDate first = day(from, "from", "开始日期");
    LocalDate last = day(to, "to", "结束日期");
    if (last.isBefore(first)) {
      throw DomainException.invalid("INVALID_RANGE", "结束日期 " + last + " 早于开始日期 " + first);
    }
    if (last.isAfter(today)) {
      throw DomainException.invalid(
          "FUTURE_PERIOD", "结束日期 " + last + " 晚于今天（" + today + "），无法统计未来的日期");
    }
    long days = ChronoUnit.DAYS.between(first, last) + 1;
    if (days > MAX_RANGE_DAYS) {
      throw DomainException.invalid(
          "RANGE_TOO_LONG", "统计区间共 " + days + " 天，最长 " + MAX_RANGE_DAYS + " 天；更长的统计请按年度报表分别生成");
    }
    String n = name == null ? null : name.strip();
    if (n != null && n.codePointCount(0, n.length()) > MAX_NAME_LENGTH) {
      throw DomainException.invalid("INVALID_NAME", "统计区间名称最长 " + MAX_NAME_LENGTH + " 个字");
    }
    if (n != null && n.codePoints().anyMatch(Character::isISOControl)) {
      throw DomainException.invalid("INVALID_NAME", "统计区间名称含有控制字符");
    }
    return range(first, last, n, zone);
  }

  private static LocalDate day(String value, String param, String label) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(
          "MISSING_PARAM", "缺少参数：" + param + "（" + label + "，格式 YYYY-MM-DD）");
    }
    LocalDate d;
    try {
      d = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("INVALID_DATE", label + "格式不正确：" + value + "（格式 YYYY-MM-DD）");
    }
    DateBounds.check(d, param, label);
    return d;
  }

  public Instant start() {
    return first.atStartOfDay(zone).toInstant();
  }

  /** Exclusive end. */
  public Instant end() {
    return last.plusDays(1).atStartOfDay(zone).toInstant();
  }

  public boolean contains(Instant t) {
    return !t.isBefore(start()) && t.isBefore(end());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** Whole days in the period. */
  public long days() {
    return ChronoUnit.DAYS.between(first, last) + 1;
  }

  /**
   * A stable key for archives, e.g. day-2026-11-21, week-2026-W47, month-2026-11, quarter-2026-Q4,
   * year-2026, range-2026-10-01_2026-10-07.
   */
  public String key() {
    return switch (kind) {
      case DAY -> "day-" + first;
      case WEEK ->
          "week-"
              + first.get(IsoFields.WEEK_BASED_YEAR)
              + "-W"
              + String.format("%02d", first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> "month-" + first.getYear() + "-" + String.format("%02d", first.getMonthValue());
      case QUARTER -> "quarter-" + first.getYear() + "-Q" + first.get(IsoFields.QUARTER_OF_YEAR);
      case YEAR -> "year-" + first.getYear();
      case RANGE -> "range-" + first + "_" + last;
    };
  }

  /**
   * Chinese title, e.g. 2026年11月21日 日报 / 2026年第47周 周报（11月16日—11月22日） / 2026年11月 月报 / 2026年第4季度 季报 /
   * 2026年 年报 / 国庆假期（2026年10月1日—10月7日） 报表.
   */
  public String title() {
    return titled(kind.label());
  }

  /** The title with the kind's word replaced, e.g. {@code titled("话务月报")} → 2026年11月 话务月报. */
  public String titled(String label) {
    DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy年M月d日");
    DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("M月d日");
    return switch (kind) {
      case DAY -> full.format(first) + " " + label;
      case WEEK ->
          first.get(IsoFields.WEEK_BASED_YEAR)
              + "年第"
              + first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
              + "周 "
              + label
              + "（"
              + shortDay.format(first)
              + "—"
              + shortDay.format(last)
              + "）";
      case MONTH -> first.getYear() + "年" + first.getMonthValue() + "月 " + label;
      case QUARTER -> first.getYear() + "年第" + first.get(IsoFields.QUARTER_OF_YEAR) + "季度 " + label;
      case YEAR -> first.getYear() + "年 " + label;
      case RANGE -> {
        String dates =
            full.format(first)
                + "—"
                + (first.getYear() == last.getYear() ? shortDay : full).format(last);
        yield (name == null ? dates : name + "（" + dates + "）") + " " + label;
      }
    };
  }
}
