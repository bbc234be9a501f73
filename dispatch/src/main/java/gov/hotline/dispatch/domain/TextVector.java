package gov.hotline.dispatch.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The character bigrams of an appeal text with their counts, without the boilerplate every
 * transcript shares.
 */
public final class TextVector {
  private static final Set<String> BOILERPLATE =
      Set.of(
          "来电", "电人", "人反", "反映", "网友", "市民", "希望", "请求", "尽快", "处理", "一下", "我们", "我家", "现在", "已经",
          "没有", "问题", "情况", "相关", "部门");

  private TextVector() {}

  /** Bigram counts of a normalised text. */
  public static Map<String, Integer> counts(String normalized) {
    Map<String, Integer> tf = new HashMap<>();
    for (String g : ChineseText.bigrams(normalized)) {
      if (!BOILERPLATE.contains(g)) {
        tf.merge(g, 1, Integer::sum);
      }
    }
    return tf;
  }
}
