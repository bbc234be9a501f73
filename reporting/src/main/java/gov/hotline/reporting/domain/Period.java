package gov.hotline.reporting.domain;

import gov.hotline.core.calendar.DateBounds;
import gov.hotline.core.error.DomainException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A report period in the hotline's time zone: the day, the ISO week (Monday–Sunday, which may span two months) or
 * the calendar month containing {@code date}. {@code [start, end)} in local dates.
 */
public record Period(PeriodKind kind, LocalDate first, LocalDate last, ZoneId zone) {

  public static Period of(PeriodKind kind, LocalDate date, ZoneId zone) {
    return switch (kind) {
      case DAY -> new Period(kind, date, date, zone);
      case WEEK -> new Period(kind, date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
          date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), zone);
      case MONTH -> new Period(kind, date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()), zone);
    };
  }

  /**
   * Reads {@code period=day|week|month&date=YYYY-MM-DD} as a user sends it; an unknown period, a malformed date or a
   * period that has not started yet is refused with a Chinese message.
   */
  public static Period parse(String kind, String date, LocalDate today, ZoneId zone) {
    if (kind == null || kind.isBlank()) {
      throw DomainException.invalid("MISSING_PARAM", "缺少参数：period（day、week 或 month）");
    }
    PeriodKind k;
    try {
      k = PeriodKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid("UNKNOWN_PERIOD", "不支持的统计周期：" + kind + "（可选：day、week、month）");
    }
    if (date == null || date.isBlank()) {
      throw DomainException.invalid("MISSING_PARAM", "缺少参数：date（格式 YYYY-MM-DD）");
    }
    LocalDate d;
    try {
      d = LocalDate.parse(date.trim());
    } catch (DateTimeParseException e) {
      throw DomainException.invalid("INVALID_DATE", "日期格式不正确：" + date + "（格式 YYYY-MM-DD）");
    }
    DateBounds.check(d, "date", "日期");
    Period p = of(k, d, zone);
    if (p.first().isAfter(today)) {
      throw DomainException.invalid("FUTURE_PERIOD", "统计周期尚未开始：" + p.title());
    }
    return p;
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

  /** A stable key for archives, e.g. day-2026-11-21, week-2026-W47, month-2026-11. */
  public String key() {
    return switch (kind) {
      case DAY -> "day-" + first;
      case WEEK -> "week-" + first.get(IsoFields.WEEK_BASED_YEAR) + "-W"
          + String.format("%02d", first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> "month-" + first.getYear() + "-" + String.format("%02d", first.getMonthValue());
    };
  }

  /** Chinese title, e.g. 2026年11月21日 日报 / 2026年第47周 周报（11月16日—11月22日） / 2026年11月 月报. */
  public String title() {
    DateTimeFormatter full = DateTimeFormatter.ofPattern("yyyy年M月d日");
    DateTimeFormatter shortDay = DateTimeFormatter.ofPattern("M月d日");
    return switch (kind) {
      case DAY -> full.format(first) + " " + kind.label();
      case WEEK -> first.get(IsoFields.WEEK_BASED_YEAR) + "年第" + first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "周 "
          + kind.label() + "（" + shortDay.format(first) + "—" + shortDay.format(last) + "）";
      case MONTH -> first.getYear() + "年" + first.getMonthValue() + "月 " + kind.label();
    };
  }
}
