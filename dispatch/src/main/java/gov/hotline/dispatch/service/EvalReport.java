package gov.hotline.dispatch.service;

import java.util.List;

/**
 * Figures of a dispatch evaluation: accuracy without history (cold start) and with the dispatchers'
 * decisions fed back appeal by appeal in time order, duplicate pairs, hotspots, and recommendation
 * latency.
 */
public record EvalReport(
    int appeals,
    int territorial,
    Accuracy cold,
    Accuracy learned,
    Duplicates duplicates,
    List<String> hotspots,
    Latency latency,
    List<String> misses) {
  /**
   * Share of appeals whose gold lead is the first / among the first three candidates, and so on.
   */
  public record Accuracy(
      double leadTop1,
      double leadTop3,
      double leadTop1WithAlternatives,
      double leadTop3WithAlternatives,
      double category,
      double street) {}

  /** Duplicate pairs: gold, found, correct; recall and precision. */
  public record Duplicates(int gold, int found, int correct, int withinClusters) {
    public double recall() {
      return gold == 0 ? 1 : (double) correct / gold;
    }

    public double precision() {
      return found == 0 ? 1 : (double) correct / found;
    }
  }

  /** Recommendation latency in milliseconds over {@code samples} calls. */
  public record Latency(int samples, double p50, double p99, double max) {}
}
