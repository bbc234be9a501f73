package gov.hotline.kb.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the lexical ranking (BM25 over the analysed words) and the meaning ranking (cosine of the
 * query vector and an article's best passage) become one list. Both engines hand the same two lists
 * to the same fusion, so they rank alike. {@link #RRF} is reciprocal rank fusion — each list adds
 * {@code weight / (k + rank)} — which needs no calibration of the two kinds of score; it was chosen
 * over a linear mix of normalised scores on the evaluation sets (see {@code kb-eval}). The
 * relevance floor drops answers that neither side supports: a hit stays only when its passage is
 * close enough in meaning, or when the words matched well and its meaning is not far off.
 */
public record Fusion(String name, Mode mode, double lexicalWeight, int k, Floor floor) {
  public enum Mode {
    LEXICAL,
    VECTOR,
    RRF,
    LINEAR
  }

  /**
   * Whether a query has an answer at all: some candidate is close in meaning ({@code cosine >=
   * high}); or fairly close and matched by words ({@code cosine >= mid} and BM25 {@code >=
   * lexicalMin}); or matched well by words and not unrelated in meaning ({@code BM25 >=
   * lexicalStrong} and {@code cosine >= low}). BM25 is counted in units of the weight of a term
   * found in one article only ({@link #idfUnit}), so the floor means the same in a small and a
   * large index. When no candidate passes the search finds nothing — better than 港澳通行证 for 「公积金咋取」
   * in a knowledge base without 公积金 articles. The values separate the dev queries' answers from
   * off-topic questions (kb-eval); the decision is per query, so a passing query keeps its whole
   * ranking (recall@5 is not cut).
   */
  public record Floor(
      double high, double mid, double lexicalMin, double lexicalStrong, double low) {
    public static final Floor NONE = new Floor(-1, -1, 0, 0, -1);

    /**
     * Either side must support some candidate: cosine 0.45, or the BM25 of one rare term. Chosen on
     * the dev queries (every answer passes) and off-topic questions; stricter values cost held-out
     * recall, so the floor catches clearly off-topic questions only.
     */
    public static final Floor DEFAULT = new Floor(0.45, 2, 0, 1.0, -1);

    /** Below this many articles document frequencies say little: the floor is not applied. */
    public static final long MIN_DOCUMENTS = 20;

    /** Fused results the floor looks at. */
    public static final int TOP = 3;

    boolean passes(double cosine, double lexical) {
      return cosine >= high
          || (cosine >= mid && lexical >= lexicalMin)
          || (lexical >= lexicalStrong && cosine >= low);
    }
  }

  public static final Fusion LEXICAL = new Fusion("lexical only", Mode.LEXICAL, 1, 60, Floor.NONE);
  public static final Fusion VECTOR = new Fusion("vectors only", Mode.VECTOR, 0, 60, Floor.NONE);
  public static final Fusion RRF = new Fusion("fused (RRF)", Mode.RRF, 1.0, 20, Floor.NONE);
  public static final Fusion LINEAR =
      new Fusion("fused (linear)", Mode.LINEAR, 0.5, 60, Floor.NONE);

  /** The production method: RRF with the relevance floor. */
  public static final Fusion HYBRID =
      new Fusion("fused (RRF + floor)", Mode.RRF, 1.0, 20, Floor.DEFAULT);

  /** A candidate of one side: article id and that side's score (BM25, or cosine), best first. */
  public record Scored(long id, double score) {}

  /** A fused result: the id, the fused score, and each side's rank (0 when absent) and score. */
  public record Ranked(
      long id, double score, int lexicalRank, double lexicalScore, int vectorRank, double cosine) {}

  /**
   * BM25's inverse document frequency of a term in one of {@code documents} documents: the floor's
   * lexical unit.
   */
  public static double idfUnit(long documents) {
    return Math.log(1 + (Math.max(1, documents) - 0.5) / 1.5);
  }

  public Fusion withFloor(Floor f) {
    return new Fusion(name, mode, lexicalWeight, k, f);
  }

  public Fusion named(String n) {
    return new Fusion(n, mode, lexicalWeight, k, floor);
  }

  /**
   * Fuses two candidate lists. {@code cosines} holds the cosine of every candidate known on the
   * meaning side (also those outside the vector top list); with {@code vectors} empty (model still
   * loading, latin-only query) the lexical ranking is returned as it is, unfloored.
   */
  public List<Ranked> fuse(
      List<Scored> lexical, List<Scored> vectors, Map<Long, Double> cosines, long documents) {
    double unit = idfUnit(documents);
    lexical = new ArrayList<>(lexical);
    lexical.sort(
        Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id));
    Map<Long, int[]> ranks = new LinkedHashMap<>();
    Map<Long, Double> lex = new HashMap<>();
    for (int i = 0; i < lexical.size(); i++) {
      ranks.computeIfAbsent(lexical.get(i).id(), x -> new int[2])[0] = i + 1;
      lex.put(lexical.get(i).id(), lexical.get(i).score());
    }
    boolean semantic = !vectors.isEmpty() && mode != Mode.LEXICAL;
    if (semantic) {
      for (int i = 0; i < vectors.size(); i++) {
        ranks.computeIfAbsent(vectors.get(i).id(), x -> new int[2])[1] = i + 1;
      }
    }
    double maxLex = lexical.isEmpty() ? 1 : Math.max(1e-9, lexical.get(0).score());
    List<Ranked> out = new ArrayList<>();
    for (var e : ranks.entrySet()) {
      long id = e.getKey();
      int lr = e.getValue()[0];
      int vr = e.getValue()[1];
      double cos = cosines.getOrDefault(id, 0.0);
      double ls = lex.getOrDefault(id, 0.0);
      double s;
      if (!semantic) {
        if (mode == Mode.VECTOR) {
          continue;
        }
        s = ls;
      } else {
        s =
            switch (mode) {
              case LEXICAL -> ls;
              case VECTOR -> vr == 0 ? -1 : cos;
              case RRF -> (lr == 0 ? 0 : lexicalWeight / (k + lr)) + (vr == 0 ? 0 : 1.0 / (k + vr));
              case LINEAR -> lexicalWeight * ls / maxLex + (1 - lexicalWeight) * cos;
            };
        if (mode == Mode.VECTOR && vr == 0) {
          continue;
        }
      }
      out.add(new Ranked(id, s, lr, ls, vr, cos));
    }
    out.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingLong(Ranked::id));
    // the floor looks at what an agent sees first: the top three of the fused ranking
    if (semantic
        && documents >= Floor.MIN_DOCUMENTS
        && out.stream()
            .limit(Floor.TOP)
            .noneMatch(r -> floor.passes(r.cosine(), r.lexicalScore() / unit))) {
      return List.of();
    }
    return out;
  }
}
