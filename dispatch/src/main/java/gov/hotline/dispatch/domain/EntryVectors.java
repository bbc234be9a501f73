package gov.hotline.dispatch.domain;

import gov.hotline.core.category.Category;
import gov.hotline.core.text.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * The dense-vector signal of the catalogue: one passage vector per entry (its category's name, its
 * condition and its keywords), compared with the appeal's query vector. A dense nearest category
 * alone is a poor classifier on held-out appeals (0.35–0.39), so it only adds evidence to the
 * entries whose similarity stands out above the others, never decides on its own.
 */
public final class EntryVectors {
  /**
   * How many standard deviations above the entries' mean similarity an entry must lie before its
   * similarity counts as evidence.
   */
  static final double STAND_OUT = 1.0;

  private final Embedder embedder;
  private final float[][] vectors;

  private EntryVectors(Embedder embedder, float[][] vectors) {
    this.embedder = embedder;
    this.vectors = vectors;
  }

  /** Embeds every entry of the directory's catalogue, in the catalogue's order. */
  public static EntryVectors of(DispatchDirectory dir, Embedder embedder) {
    List<String> passages = new ArrayList<>();
    for (CatalogueEntry e : dir.catalogue().entries()) {
      String category = dir.category(e.categoryId()).map(Category::name).orElse("");
      passages.add(category + "：" + e.condition() + "。" + String.join("、", e.keywords()));
    }
    return new EntryVectors(
        embedder,
        passages.isEmpty()
            ? new float[0][]
            : embedder.embedPassages(passages).toArray(float[][]::new));
  }

  /** The appeal's text as the model's retrieval query. */
  public float[] query(String content) {
    return embedder.embedQuery(content);
  }

  /**
   * Per entry, how far its similarity to {@code query} stands out: {@code max(0, z − STAND_OUT)}
   * with z the entry's similarity in standard deviations above the mean over all entries.
   */
  double[] standOut(float[] query) {
    int n = vectors.length;
    double[] sim = new double[n];
    double mean = 0;
    for (int i = 0; i < n; i++) {
      sim[i] = Embedder.dot(query, vectors[i]);
      mean += sim[i];
    }
    double[] out = new double[n];
    if (n < 2) {
      return out;
    }
    mean /= n;
    double var = 0;
    for (double s : sim) {
      var += (s - mean) * (s - mean);
    }
    double sd = Math.sqrt(var / n);
    if (sd == 0) {
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = Math.max(0, (sim[i] - mean) / sd - STAND_OUT);
    }
    return out;
  }

  int size() {
    return vectors.length;
  }
}
