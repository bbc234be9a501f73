package gov.hotline.dispatch.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a new appeal probably repeats an open one (重复诉求): it came within {@code window} after it,
 * and either the same caller says something similar, or the same place is named and the appeals
 * share the category or similar texts, or the texts are nearly the same within the same street.
 * Similarities are cosine similarities of the texts.
 */
public record DuplicateRule(
    Duration window,
    double sameCaller,
    double samePlace,
    double samePlaceAndCategory,
    double sameStreet) {
  public static final DuplicateRule DEFAULT =
      new DuplicateRule(Duration.ofDays(7), 0.3, 0.3, 0.05, 0.6);

  /**
   * Why {@code later} repeats {@code earlier} (Chinese), if it does, given their text similarity.
   */
  public Optional<String> judge(AppealSnapshot later, AppealSnapshot earlier, double similarity) {
    if (earlier.at().isAfter(later.at())
        || Duration.between(earlier.at(), later.at()).compareTo(window) > 0) {
      return Optional.empty();
    }
    String sim = String.format("文本相似度%.2f", similarity);
    if (later.callerPhone() != null
        && Objects.equals(later.callerPhone(), earlier.callerPhone())
        && similarity >= sameCaller) {
      return Optional.of("同一来电人" + hours(earlier, later) + "内再次反映，" + sim);
    }
    var shared = later.places().stream().filter(earlier.places()::contains).toList();
    boolean sameCategory =
        later.categoryId() != null && later.categoryId().equals(earlier.categoryId());
    if (!shared.isEmpty()
        && (similarity >= samePlace || (sameCategory && similarity >= samePlaceAndCategory))) {
      return Optional.of(
          "同一地点（"
              + String.join("、", shared)
              + "）"
              + hours(earlier, later)
              + "内反映"
              + (sameCategory ? "同类问题" : "")
              + "，"
              + sim);
    }
    boolean inSameStreet =
        later.where().streetId() != null
            && later.where().streetId().equals(earlier.where().streetId());
    if (inSameStreet && similarity >= sameStreet) {
      return Optional.of("同一街镇" + hours(earlier, later) + "内内容几乎相同，" + sim);
    }
    return Optional.empty();
  }

  private static String hours(AppealSnapshot earlier, AppealSnapshot later) {
    long h = Duration.between(earlier.at(), later.at()).toHours();
    return h < 48 ? h + "小时" : (h / 24) + "天";
  }
}
