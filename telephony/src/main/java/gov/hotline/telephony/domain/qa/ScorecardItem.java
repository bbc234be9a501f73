package gov.hotline.telephony.domain.qa;

import gov.hotline.core.error.DomainException;
import java.util.regex.Pattern;

/**
 * One line of a scorecard (质检评分表): up to {@code weight} points; a {@code fatal} item (致命项, e.g.
 * 辱骂群众) failed makes the whole score 0.
 */
public record ScorecardItem(String code, String label, int weight, boolean fatal) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  public ScorecardItem {
    if (code == null || !CODE.matcher(code).matches()) {
      throw DomainException.invalid("INVALID_SCORECARD", "评分项代码只能是大写字母、数字和下划线（不超过 32 位）：" + code);
    }
    if (label == null || label.isBlank() || label.strip().length() > 40) {
      throw DomainException.invalid("INVALID_SCORECARD", "评分项名称必填，不超过 40 个字：" + code);
    }
    if (weight < 0 || weight > 100) {
      throw DomainException.invalid("INVALID_SCORECARD", "评分项分值须在 0 到 100 之间：" + code);
    }
    label = label.strip();
  }
}
