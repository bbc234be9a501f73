package gov.hotline.core.ticket;

import gov.hotline.core.error.DomainException;
import gov.hotline.core.error.ErrorKind;

/** Field checks shared by intake and commands, with Chinese messages that name the field. */
public final class TextRules {
  public static final int NAME_MAX = 50;
  public static final int PHONE_MAX = 20;
  public static final int ADDRESS_MAX = 200;
  public static final int CONTENT_MAX = 4000;
  public static final int REASON_MAX = 1000;

  private TextRules() {}

  /** A required text: trimmed, not blank, at most {@code max} characters. */
  public static String required(String value, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("MISSING_FIELD", "缺少必填项：" + label + "（" + field + "）");
    }
    return optional(value, field, label, max);
  }

  /** An optional text: null when blank, else trimmed and at most {@code max} characters. */
  public static String optional(String value, String field, String label, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.codePointCount(0, v.length()) > max) {
      throw new DomainException(
          ErrorKind.INVALID, "FIELD_TOO_LONG", label + "（" + field + "）过长：最多 " + max + " 个字符");
    }
    return v;
  }

  /** A phone number: digits with an optional leading + and inner dashes/spaces, 3–20 digits. */
  public static String phone(String value, String field, String label) {
    String v = required(value, field, label, PHONE_MAX + 5);
    String digits = v.replaceAll("[\\s-]", "");
    if (!digits.matches("\\+?\\d{3,20}")) {
      throw DomainException.invalid("INVALID_PHONE", label + "（" + field + "）格式不正确：只能包含数字，3–20 位");
    }
    return digits;
  }
}
