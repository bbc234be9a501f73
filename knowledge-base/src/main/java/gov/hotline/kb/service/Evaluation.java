package gov.hotline.kb.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.LongStream;

/**
 * Search quality and latency over a set of judged queries. recall@k is the share of a query's
 * relevant articles found in the top k, out of at most k (so recall@1 is "the first hit is
 * relevant"); MRR is the mean reciprocal rank of the first relevant article (0 when none is in the
 * top 10).
 */
public final class Evaluation {
  public static final int DEPTH = 10;

  private Evaluation() {}

  /** A query and the codes of the articles that answer it. */
  public record Judged(String query, Set<String> relevant, String style) {}

  /**
   * The figures of one engine or method over the query set; {@code byStyle}: recall@1, count,
   * recall@5, MRR sums.
   */
  public record Result(
      String name,
      double recallAt1,
      double recallAt5,
      double mrr,
      double p50Millis,
      double p99Millis,
      List<String> misses,
      Map<String, double[]> byStyle) {}

  /** Measured repetitions of the query set for latency (quality comes from the first one). */
  public static final int LATENCY_ROUNDS = 5;

  /**
   * Runs the queries three times to warm up, then {@link #LATENCY_ROUNDS} times measured. {@code
   * search} returns article codes, best first.
   */
  public static Result run(
      String name, List<Judged> queries, Function<String, List<String>> search) {
    for (int round = 0; round < 3; round++) {
      for (Judged q : queries) {
        search.apply(q.query());
      }
    }
    double r1 = 0;
    double r5 = 0;
    double mrr = 0;
    long[] nanos = new long[queries.size()];
    List<String> misses = new ArrayList<>();
    Map<String, double[]> byStyle = new TreeMap<>();
    for (int i = 0; i < queries.size(); i++) {
      Judged q = queries.get(i);
      long t0 = System.nanoTime();
      List<String> ranked = search.apply(q.query());
      nanos[i] = System.nanoTime() - t0;
      r1 += recall(ranked, q.relevant(), 1);
      double[] st = byStyle.computeIfAbsent(q.style(), k -> new double[4]);
      st[0] += recall(ranked, q.relevant(), 1);
      st[1]++;
      st[2] += recall(ranked, q.relevant(), 5);
      r5 += recall(ranked, q.relevant(), 5);
      int rank = firstRelevant(ranked, q.relevant());
      st[3] += rank == 0 ? 0 : 1.0 / rank;
      mrr += rank == 0 ? 0 : 1.0 / rank;
      if (rank != 1) {
        misses.add(
            q.query()
                + " → "
                + (ranked.isEmpty()
                    ? "(无结果)"
                    : String.join(",", ranked.subList(0, Math.min(3, ranked.size()))))
                + " 期望 "
                + q.relevant());
      }
    }
    int n = Math.max(1, queries.size());
    long[] more = new long[queries.size() * (LATENCY_ROUNDS - 1)];
    for (int round = 1, k = 0; round < LATENCY_ROUNDS; round++) {
      for (Judged q : queries) {
        long t0 = System.nanoTime();
        search.apply(q.query());
        more[k++] = System.nanoTime() - t0;
      }
    }
    nanos = LongStream.concat(Arrays.stream(nanos), Arrays.stream(more)).toArray();
    Arrays.sort(nanos);
    return new Result(
        name,
        r1 / n,
        r5 / n,
        mrr / n,
        percentile(nanos, 0.50),
        percentile(nanos, 0.99),
        misses,
        byStyle);
  }

  static double recall(List<String> ranked, Set<String> relevant, int k) {
    if (relevant.isEmpty()) {
      return 0;
    }
    long found = ranked.stream().limit(k).filter(relevant::contains).count();
    return (double) found / Math.min(k, relevant.size());
  }

  static int firstRelevant(List<String> ranked, Set<String> relevant) {
    for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        return i + 1;
      }
    }
    return 0;
  }

  /** Nearest-rank percentile in milliseconds. */
  public static double percentile(long[] sortedNanos, double p) {
    if (sortedNanos.length == 0) {
      return 0;
    }
    int idx = (int) Math.ceil(p * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, idx))] / 1e6;
  }
}
