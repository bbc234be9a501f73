package gov.hotline.reporting.domain;

import java.util.OptionalDouble;

/**
 * The one definition of the three rates (三率) of a handling unit and its composite score:
 *
 * <ul>
 *   <li>response rate 响应率 = tickets signed for within the sign-for deadline / tickets dispatched to
 *       the unit as lead unit;
 *   <li>resolution rate 解决率 = callbacks where the citizen said the problem is resolved / callbacks;
 *   <li>satisfaction rate 满意率 = (满意 + 基本满意) / callbacks;
 *   <li>composite score 综合得分 = 100 × Σ wᵢ·rateᵢ / Σ wᵢ, summed over the rates that have a
 *       denominator only (the weights of the others drop out: they are renormalised over what was
 *       measured), with the weights from configuration. A rate without a denominator is 「无数据」 —
 *       never 100 %, never 0 %; a unit with none of the three (nothing dispatched to it and no
 *       callback in the period) has no score and is listed apart from the ranking.
 * </ul>
 *
 * Example: 响应率 0/3, no callbacks, weights 0.2/0.4/0.4 → 100 × (0.2 × 0) / 0.2 = 0.0 (not 80.0).
 */
public final class UnitRates {
  private final UnitCounters c;

  public UnitRates(UnitCounters counters) {
    this.c = counters;
  }

  public Ratio responseRate() {
    return new Ratio(c.signedOnTime(), c.dispatched());
  }

  public Ratio resolutionRate() {
    return new Ratio(c.resolved(), c.callbacks());
  }

  public Ratio satisfactionRate() {
    return new Ratio(c.satisfied() + c.basicallySatisfied(), c.callbacks());
  }

  public Ratio replyOnTimeRate() {
    return new Ratio(c.repliedOnTime(), c.replied());
  }

  /** Weights of the composite score (configuration); they need not add up to one. */
  public record Weights(double response, double resolution, double satisfaction) {
    public static final Weights DEFAULT = new Weights(0.2, 0.4, 0.4);

    public Weights {
      if (response < 0
          || resolution < 0
          || satisfaction < 0
          || response + resolution + satisfaction <= 0) {
        throw new IllegalArgumentException("weights are non-negative and not all zero");
      }
    }
  }

  /**
   * The composite score 0–100 over the measured rates, or empty when none of the three has a
   * denominator (or only rates whose weight is zero have one).
   */
  public OptionalDouble compositeScore(Weights w) {
    double sum = 0;
    double weights = 0;
    double[] ws = {w.response(), w.resolution(), w.satisfaction()};
    Ratio[] rates = {responseRate(), resolutionRate(), satisfactionRate()};
    for (int i = 0; i < rates.length; i++) {
      Double v = rates[i].value();
      if (v != null) {
        sum += ws[i] * v;
        weights += ws[i];
      }
    }
    // nothing measured, or only rates that weigh nothing: no score
    return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * sum / weights);
  }

  /** How many of the three rates have a denominator in the period (0–3). */
  public int measuredRates() {
    int n = 0;
    for (Ratio r : new Ratio[] {responseRate(), resolutionRate(), satisfactionRate()}) {
      n += r.value() == null ? 0 : 1;
    }
    return n;
  }

  /** A rate as the unit report shows it: "75.0%", or 「无数据」 without a denominator. */
  public static String text(Ratio r) {
    return r.value() == null ? NO_DATA : r.percent();
  }

  public static final String NO_DATA = "无数据";
}
