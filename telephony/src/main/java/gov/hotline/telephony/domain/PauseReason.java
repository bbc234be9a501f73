package gov.hotline.telephony.domain;

import gov.hotline.core.error.DomainException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reason to pause (示忙原因) from the list admins edit: a code such as {@code BREAK} and its label
 * 小休.
 */
public record PauseReason(String code, String label) {
  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");
  public static final int MAX_REASONS = 30;

  public PauseReason {
    if (code == null || !CODE.matcher(code).matches()) {
      throw DomainException.invalid(
          "INVALID_PAUSE_REASON", "示忙原因代码只能是大写字母、数字和下划线（不超过 32 位）：" + code);
    }
    if (label == null || label.isBlank() || label.strip().length() > 20) {
      throw DomainException.invalid("INVALID_PAUSE_REASON", "示忙原因名称必填，不超过 20 个字：" + code);
    }
    label = label.strip();
  }

  /** Checks a whole list: one to {@value #MAX_REASONS} reasons, codes and labels each used once. */
  public static List<PauseReason> checkList(List<PauseReason> reasons) {
    if (reasons.isEmpty() || reasons.size() > MAX_REASONS) {
      throw DomainException.invalid("INVALID_PAUSE_REASONS", "示忙原因需要 1 到 " + MAX_REASONS + " 项");
    }
    Set<String> seen = new HashSet<>();
    for (PauseReason r : reasons) {
      if (!seen.add("c:" + r.code()) || !seen.add("l:" + r.label())) {
        throw DomainException.invalid(
            "INVALID_PAUSE_REASONS", "示忙原因重复：" + r.code() + " " + r.label());
      }
    }
    return List.copyOf(reasons);
  }
}
