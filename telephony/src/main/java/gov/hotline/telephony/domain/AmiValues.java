package gov.hotline.telephony.domain;

/**
 * Header values of AMI events as the fold reads them: absent, empty and unparsable are all "not
 * said".
 */
final class AmiValues {
  private AmiValues() {}

  static Integer integer(String v) {
    if (v == null || v.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Long longValue(String v) {
    Integer i = integer(v);
    return i == null ? null : i.longValue();
  }

  /**
   * The number a channel dialled; {@code s} (the dialplan's start extension of an originated
   * channel) is none.
   */
  static String dialledNumber(String exten) {
    return exten == null || exten.isEmpty() || "s".equals(exten) ? null : exten;
  }

  static String emptyToNull(String v) {
    return v == null || v.isEmpty() ? null : v;
  }

  static String baseName(String path) {
    if (path == null || path.isEmpty()) {
      return null;
    }
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }
}
