package gov.hotline.kb.service;

import gov.hotline.core.calendar.DateBounds;
import gov.hotline.core.error.DomainException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as ISO text (2026-11-21), with a Chinese message when malformed. */
public final class Dates {
  private Dates() {}

  public static LocalDate parse(String v, String field) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return DateBounds.check(LocalDate.parse(v.strip()), field, "日期");
    } catch (DateTimeParseException e) {
      throw DomainException.invalid(
          "INVALID_DATE", "字段 " + field + " 日期格式不正确：" + v + "（示例：2026-11-21）");
    }
  }
}
