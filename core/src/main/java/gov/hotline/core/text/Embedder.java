package gov.hotline.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence-embedding model: Chinese text in, a unit-length vector out, so that texts with the
 * same meaning lie close together (dot product = cosine). Queries and passages are embedded
 * differently: a retrieval query carries the model's instruction, the passages it should find do
 * not. Implementations are thread-safe and blocking; the knowledge base (articles) and dispatch
 * (appeals, tickets) share one instance.
 */
public interface Embedder {
  /**
   * Names the model and its version; stored next to every vector so that a model change recomputes
   * them.
   */
  String model();

  int dimensions();

  /**
   * True when embedding now would not first wait for the model to load (callers may then stay
   * lexical).
   */
  default boolean ready() {
    return true;
  }

  /** A short question that should find passages (knowledge-base search, similar-ticket lookup). */
  float[] embedQuery(String text);

  /** A passage to be found (an article chunk, a ticket's text). */
  default float[] embedPassage(String text) {
    return embedPassages(List.of(text)).get(0);
  }

  /** Many passages at once (faster than one by one), in order. */
  List<float[]> embedPassages(List<String> texts);

  /** Dot product of two vectors of the same length; for unit vectors the cosine, in [-1, 1]. */
  static double dot(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vector lengths differ: " + a.length + " vs " + b.length);
    }
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** {@code v} scaled to unit length (a zero vector stays zero). */
  static float[] normalize(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    float[] out = new float[v.length];
    if (n == 0) {
      return out;
    }
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / n);
    }
    return out;
  }

  /** The element-wise mean of unit vectors, normalised again (a centroid). */
  static float[] centroid(List<float[]> vectors) {
    if (vectors.isEmpty()) {
      throw new IllegalArgumentException("no vectors");
    }
    float[] sum = new float[vectors.get(0).length];
    for (float[] v : new ArrayList<>(vectors)) {
      for (int i = 0; i < sum.length; i++) {
        sum[i] += v[i];
      }
    }
    return normalize(sum);
  }
}
