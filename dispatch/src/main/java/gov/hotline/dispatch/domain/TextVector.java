package gov.hotline.dispatch.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * A bag of character bigrams with weights (TF-IDF when a weighting is given), unit length, for cosine similarity
 * between appeals. Bigrams that nearly every appeal shares (所以, 希望 …) weigh little under IDF.
 */
public final class TextVector {
  private static final Set<String> BOILERPLATE = Set.of("来电", "电人", "人反", "反映", "网友", "市民", "希望",
      "请求", "尽快", "处理", "一下", "我们", "我家", "现在", "已经", "没有", "问题", "情况", "相关", "部门");
  private final Map<String, Double> weights;

  private TextVector(Map<String, Double> weights) {
    this.weights = weights;
  }

  /** Raw bigram counts of a normalised text, without the boilerplate of transcripts. */
  public static Map<String, Integer> counts(String normalized) {
    Map<String, Integer> tf = new HashMap<>();
    for (String g : ChineseText.bigrams(normalized)) {
      if (!BOILERPLATE.contains(g)) {
        tf.merge(g, 1, Integer::sum);
      }
    }
    return tf;
  }

  /** A unit vector of sub-linear term frequencies times {@code idf}. */
  public static TextVector of(Map<String, Integer> counts, ToDoubleFunction<String> idf) {
    Map<String, Double> w = new HashMap<>();
    double norm = 0;
    for (var e : counts.entrySet()) {
      double v = (1 + Math.log(e.getValue())) * idf.applyAsDouble(e.getKey());
      if (v > 0) {
        w.put(e.getKey(), v);
        norm += v * v;
      }
    }
    double len = Math.sqrt(norm);
    if (len > 0) {
      w.replaceAll((k, v) -> v / len);
    }
    return new TextVector(w);
  }

  public static TextVector of(String normalized) {
    return of(counts(normalized), g -> 1.0);
  }

  public double cosine(TextVector other) {
    Map<String, Double> small = weights.size() <= other.weights.size() ? weights : other.weights;
    Map<String, Double> large = small == weights ? other.weights : weights;
    double dot = 0;
    for (var e : small.entrySet()) {
      Double v = large.get(e.getKey());
      if (v != null) {
        dot += e.getValue() * v;
      }
    }
    return dot;
  }

  public Set<String> terms() {
    return weights.keySet();
  }

  public boolean isEmpty() {
    return weights.isEmpty();
  }
}
