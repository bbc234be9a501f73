package gov.hotline.telephony.domain;

import java.util.Optional;

/**
 * The caller's answer to the post-call satisfaction survey (满意度测评), one key on the phone: 1 满意, 2
 * 基本满意, 3 不满意.
 */
public enum SurveyResult {
  SATISFIED("1", "满意"),
  BASICALLY_SATISFIED("2", "基本满意"),
  DISSATISFIED("3", "不满意");

  private final String digit;
  private final String label;

  SurveyResult(String digit, String label) {
    this.digit = digit;
    this.label = label;
  }

  /** The key the caller presses for this answer. */
  public String digit() {
    return digit;
  }

  public String label() {
    return label;
  }

  /** The answer a key stands for; empty for any other key (or several keys). */
  public static Optional<SurveyResult> ofDigit(String pressed) {
    for (SurveyResult r : values()) {
      if (r.digit.equals(pressed)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
