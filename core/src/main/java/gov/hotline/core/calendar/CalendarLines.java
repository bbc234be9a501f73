package gov.hotline.core.calendar;

import gov.hotline.core.error.DomainException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a year's holiday arrangement (节假日安排) as admins paste it from the State Council's notice:
 * one day per line, {@code 2027-01-01 休 元旦} or {@code 2027-02-07 班 春节调休上班} ({@code 休}/{@code
 * 放假}/{@code HOLIDAY} and {@code 班}/{@code 上班}/{@code WORKDAY}); a range {@code
 * 2027-10-01~2027-10-07 休 国庆节} lists each day. Blank lines and lines starting with {@code #} are
 * skipped. A bad line is refused with its number; nothing is half-read.
 */
public final class CalendarLines {
  /** At most this many days in one import (two years' worth with room to spare). */
  public static final int MAX_DAYS = 800;

  private static final Pattern LINE =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:\\s*[~～至到]\\s*(\\d{4}-\\d{2}-\\d{2}))?[\\s,，;；\\t]+(\\S+)(?:[\\s,，;；\\t]+(.+))?");

  private CalendarLines() {}

  public static List<CalendarDay> parse(String text) {
    if (text == null || text.isBlank()) {
      throw DomainException.invalid("EMPTY_CALENDAR", "导入内容为空：每行一个日期，例如“2027-01-01 休 元旦”");
    }
    List<CalendarDay> days = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    String[] lines = text.replace("\uFEFF", "").split("\\r?\\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      for (CalendarDay d : parseLine(line, i + 1)) {
        if (!seen.add(d.date())) {
          throw DomainException.invalid(
              "DUPLICATE_DAY", "第 " + (i + 1) + " 行：日期 " + d.date() + " 重复出现");
        }
        days.add(d);
      }
      if (days.size() > MAX_DAYS) {
        throw DomainException.invalid("TOO_MANY_DAYS", "一次最多导入 " + MAX_DAYS + " 天");
      }
    }
    if (days.isEmpty()) {
      throw DomainException.invalid("EMPTY_CALENDAR", "导入内容中没有日期：每行一个日期，例如“2027-01-01 休 元旦”");
    }
    return days;
  }

  /** The kind a word names: 休/放假/HOLIDAY or 班/上班/WORKDAY; empty for anything else. */
  public static DayKind kind(String word) {
    return switch (word.toUpperCase(Locale.ROOT)) {
      case "休", "放假", "休息", "假", "HOLIDAY" -> DayKind.HOLIDAY;
      case "班", "上班", "调休上班", "补班", "WORKDAY" -> DayKind.WORKDAY;
      default -> null;
    };
  }

  private static List<CalendarDay> parseLine(String line, int no) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      throw bad(no, "格式应为“日期 休/班 说明”，例如“2027-01-01 休 元旦”");
    }
    DayKind kind = kind(m.group(3));
    if (kind == null) {
      throw bad(no, "日期类型“" + m.group(3) + "”无法识别，应为“休”或“班”");
    }
    String name = m.group(4) == null ? "" : m.group(4).strip();
    if (name.length() > 50) {
      throw bad(no, "说明最多 50 个字");
    }
    LocalDate first = date(m.group(1), no);
    LocalDate last = m.group(2) == null ? first : date(m.group(2), no);
    if (last.isBefore(first) || first.plusDays(31).isBefore(last)) {
      throw bad(no, "日期区间须从早到晚且不超过 31 天");
    }
    List<CalendarDay> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(new CalendarDay(d, kind, name));
    }
    return out;
  }

  private static LocalDate date(String text, int no) {
    try {
      return DateBounds.check(LocalDate.parse(text), "date", "第 " + no + " 行的日期");
    } catch (DateTimeException e) {
      throw bad(no, "日期 " + text + " 不存在");
    }
  }

  private static DomainException bad(int no, String why) {
    return DomainException.invalid("INVALID_CALENDAR_LINE", "第 " + no + " 行：" + why);
  }
}
