package gov.hotline.dispatch.domain;

import gov.hotline.dispatch.domain.BigramIndex.Hit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dot products per document serial of one query: a small open-addressing map, sized for the
 * postings it reads.
 */
final class SimilarityAccumulator {
  private final int[] keys;
  private final float[] values;
  private final int mask;

  SimilarityAccumulator(int expected) {
    int size = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new int[size];
    values = new float[size];
    Arrays.fill(keys, -1);
    mask = size - 1;
  }

  void add(int serial, float v) {
    int i = (serial * 0x9E3779B9) & mask;
    while (keys[i] != -1 && keys[i] != serial) {
      i = (i + 1) & mask;
    }
    keys[i] = serial;
    values[i] += v;
  }

  /**
   * The best {@code limit} documents. Document lengths are stored with the IDF of the day they were
   * added, which drifts while the index fills; so the best few by stored length are picked first (a
   * small sorted array instead of sorting every match) and then scored exactly with today's IDF.
   */
  List<Hit> top(BigramIndex index, double qNorm, long exclude, int limit, double minScore) {
    int keep = Math.max(limit * 4, 40);
    double[] bestScores = new double[keep];
    int[] bestSlots = new int[keep];
    int n = 0;
    for (int i = 0; i < keys.length && qNorm > 0; i++) {
      if (keys[i] < 0) {
        continue;
      }
      int slot = index.slotOf(keys[i]);
      double score = values[i] / (qNorm * index.storedNorm(slot));
      if (index.idAt(slot) == exclude || (n == keep && score <= bestScores[n - 1])) {
        continue;
      }
      int at = n == keep ? n - 1 : n++;
      while (at > 0 && bestScores[at - 1] < score) {
        bestScores[at] = bestScores[at - 1];
        bestSlots[at] = bestSlots[at - 1];
        at--;
      }
      bestScores[at] = score;
      bestSlots[at] = slot;
    }
    List<Hit> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int slot = bestSlots[i];
      double exact =
          Math.min(1.0, bestScores[i] * index.storedNorm(slot) / index.currentNorm(slot));
      if (exact >= minScore) {
        out.add(new Hit(index.idAt(slot), exact));
      }
    }
    out.sort((a, b) -> Double.compare(b.score(), a.score()));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }
}
