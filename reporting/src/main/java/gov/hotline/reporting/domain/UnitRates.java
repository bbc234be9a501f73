package gov.hotline.reporting.domain;

/**
 * The one definition of the three rates (三率) of a handling unit and its composite score:
 * <ul>
 *   <li>response rate 响应率 = tickets signed for within the sign-for deadline / tickets dispatched to the unit as
 *       lead unit;</li>
 *   <li>resolution rate 解决率 = callbacks where the citizen said the problem is resolved / callbacks;</li>
 *   <li>satisfaction rate 满意率 = (满意 + 基本满意) / callbacks;</li>
 *   <li>composite score 综合得分 = 100 × (w₁·响应率 + w₂·解决率 + w₃·满意率) / (w₁ + w₂ + w₃), with the weights from
 *       configuration; a rate without a denominator counts as fully met (nothing to fail on) and is shown as "—".</li>
 * </ul>
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
      if (response < 0 || resolution < 0 || satisfaction < 0 || response + resolution + satisfaction <= 0) {
        throw new IllegalArgumentException("weights are non-negative and not all zero");
      }
    }
  }

  public double compositeScore(Weights w) {
    double sum = w.response() * orFull(responseRate()) + w.resolution() * orFull(resolutionRate())
        + w.satisfaction() * orFull(satisfactionRate());
    return 100 * sum / (w.response() + w.resolution() + w.satisfaction());
  }

  private static double orFull(Ratio r) {
    Double v = r.value();
    return v == null ? 1.0 : v;
  }
}
